// What every route needs: the driver and the database name.
import type { Driver } from 'neo4j-driver';

export interface AppContext {
  driver: Driver;
  database: string;
}

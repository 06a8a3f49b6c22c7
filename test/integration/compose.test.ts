// No Docker engine runs in CI, so the compose file is checked by reading it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/db.js';

interface Compose {
  services: Record<string, any>;
  volumes?: Record<string, unknown>;
}
const compose = loadYaml(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as Compose;
const pomVersion = /<neo4j\.version>([^<]+)</.exec(readFileSync(path.join(ROOT, 'neo4j/pom.xml'), 'utf8'))![1];

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image at the same version the Maven script fetches', () => {
    expect(compose.services.neo4j.image).toBe(`neo4j:${pomVersion}-community`);
    expect(pomVersion).toMatch(/^5\.26\.\d+$/);
  });

  it('keeps Neo4j data in a named volume and takes auth from the environment', () => {
    const volume = (compose.services.neo4j.volumes as string[]).find((v) => v.endsWith(':/data'))!;
    expect(Object.keys(compose.volumes ?? {})).toContain(volume.split(':')[0]);
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_USER[^}]*\}\/\$\{NEO4J_PASSWORD[^}]*\}/);
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('7474');
  });

  it('hardens Neo4j as the project-local server does: no file URLs for LOAD CSV, bounded transaction memory', () => {
    const env = compose.services.neo4j.environment;
    expect(env.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe('false');
    expect(env.NEO4J_db_memory_transaction_max).toMatch(/^\d+[mg]$/);
    expect(env.NEO4J_db_transaction_timeout).toMatch(/^\d+s$/);
  });

  it('builds the app from the Dockerfile, starts it once Neo4j is healthy and serves :3000', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.ports).toContain('127.0.0.1:3000:3000');
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/EXPOSE 3000/);
    expect(dockerfile).toMatch(/npm", "start"/);
  });
});

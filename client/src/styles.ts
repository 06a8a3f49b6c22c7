// Node colours by entity type (colour-blind-safe palette) and sizes by degree.
export const TYPE_COLOURS: Record<string, string> = {
  Person: '#0072B2',
  Organisation: '#E69F00',
  Review: '#009E73',
  Case: '#D55E00',
  Legislation: '#CC79A7',
  Place: '#56B4E9',
  Event: '#8c6d1f',
};
export const colourOf = (type: string) => TYPE_COLOURS[type] ?? '#777';
export const sizeOf = (degree: number, mentions: number) => 3 + Math.min(17, Math.sqrt(degree + mentions) * 1.6);

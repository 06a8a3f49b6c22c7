import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../parse/index.js';
import { resolveDocument } from '../../resolve/index.js';
import { extract } from '../index.js';

const partOf = (text: string) => {
  const parsed = parseSourceText('t.txt', `News\n\n${text}\n`);
  const g = resolveDocument(parsed, extract(parsed));
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.predicate === 'PART_OF')
    .map((r) => `${name(r.subject)} > ${name(r.object)}`)
    .sort();
};

describe('parts and sections of an act', () => {
  it('puts a section in the part the text says holds it, and the part in its act', () => {
    expect(
      partOf(
        'The Adoption Act 1976 sets the rules. Section 12 is set out in part two of the Act, ' +
          'which deals with orders. Section 14 (often overlooked) is also found in part two.',
      ),
    ).toEqual([
      'Part 2 of the Adoption Act 1976 > Adoption Act 1976',
      'section 12 of the Adoption Act 1976 > Part 2 of the Adoption Act 1976',
      'section 14 of the Adoption Act 1976 > Part 2 of the Adoption Act 1976',
    ]);
  });

  it('reads a part that names its section in brackets after it', () => {
    expect(
      partOf(
        'Landlords rely on the Housing Act 1985: part four of the Act lets (in section 80) a landlord end a tenancy.',
      ),
    ).toEqual([
      'Part 4 of the Housing Act 1985 > Housing Act 1985',
      'section 80 of the Housing Act 1985 > Part 4 of the Housing Act 1985',
    ]);
  });

  it('links a section to its act only where the text names the act with it', () => {
    expect(partOf('The Adoption Act 1976 was amended. Section 12 was used twice, section 14 of the Act once.')).toEqual(
      ['section 14 of the Adoption Act 1976 > Adoption Act 1976'],
    );
  });

  it('does not put a section in a part the sentence merely mentions', () => {
    expect(
      partOf('The Adoption Act 1976 matters. Part two of the Act is long, and section 12 was cited in court.'),
    ).toEqual(['Part 2 of the Adoption Act 1976 > Adoption Act 1976']);
  });

  it('reads a known act written in lower case after a section, and no act the writer may have made up', () => {
    expect(partOf('The landlord breached section 11b of the human rights act, she said.')).toEqual([
      'section 11b of the Human Rights Act 1998 > Human Rights Act 1998',
    ]);
    expect(partOf('The landlord breached section 11b of the tenants fairness act, she said.')).toEqual([]);
  });
});

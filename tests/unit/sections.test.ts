import { describe, expect, test } from 'vitest';
import { SECTION_IDS, SECTION_PAGES, isSectionId } from '../../src/utils/sections.ts';

describe('section registry', () => {
  test('every fixed ID has a page', () => {
    for (const id of SECTION_IDS) expect(typeof SECTION_PAGES[id]).toBe('string');
  });
  test('isSectionId refuses unknown IDs', () => {
    expect(isSectionId('faq')).toBe(true);
    expect(isSectionId('nope')).toBe(false);
  });
});

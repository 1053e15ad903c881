// Why Clio read a short form as a registered entry, in the same words for the
// hover card and the hint: the user decides from it whether to record the form.

import type { EntityMention } from '../core';

export function shortFormReason(kind: NonNullable<EntityMention['shortForm']>): string {
  switch (kind) {
    case 'name-part':
      return 'the only registered person of that name whom this text names in full';
    case 'head-noun':
      return 'the only registered body whose name it opens';
    case 'initials':
      return 'the only registered name with these initials';
    case 'clipped':
      return 'the only registered person whose surname it begins';
    case 'defined':
      return 'as this text defines it';
  }
}

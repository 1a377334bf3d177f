import type { guidedZhCN } from './guided.zh-CN';

/** English strings of the guided forms (same keys as guided.zh-CN.ts). */
export const guidedEn: typeof guidedZhCN = {
  rubric: {
    name: 'Criterion',
    nameZh: 'Name (Chinese)',
    nameEn: 'Name (English)',
    points: 'Max',
    descriptors: 'Descriptors',
    descriptorsZh: 'Descriptors (Chinese)',
    descriptorsEn: 'Descriptors (English)',
    order: 'No.',
    moveUp: 'Move up',
    moveDown: 'Move down',
  },
  tieBreak: {
    heading: 'Tie-break order',
    hint: 'When totals are equal, these rules are applied in order until the nominations are separated. A panel vote can only come last.',
    add: 'Add rule',
    none: 'No tie-break: nominations with equal totals stay tied.',
    item: 'Tie-break {{n}}',
  },
  draw: {
    panelSize: 'Panel size',
    fromPackage: 'Session package {{sessionId}} sets a panel of {{panelSize}}',
    proposalHint: 'Seats are proposed in proportion to the experts each stratum can supply (never more than its eligible experts or its unit cap allows), with one standby per seat; change any of them.',
    seatsTotal: '{{seats}} seats in all',
    seatsMismatch: '{{seats}} seats in all, not the panel size of {{panelSize}}',
    repropose: 'Propose again from the panel size',
    exclusionsExplained:
      'The exclusions are the units and experts with a conflict of interest with this year\'s nominations, left out of this draw: {{units}} units are the work units or recommending units of nominations, and none of their experts is drawn; {{experts}} more experts are left out because they declared such a unit, share a name with a leader or team member, or served on last year\'s panel.',
    showExclusions: 'Show the exclusions',
  },
  year: {
    hint: 'The selection year this computer works on. The list has the years the data holds, with where each stands, and a new year to start.',
    option: '{{year}} · {{state}} ({{nominations}} nominations)',
    started: 'started',
    optionEmpty: '{{year}} · no data yet (new year)',
    thisComputer: 'This computer',
  },
  nomination: {
    edit: 'Edit',
    none: '(none)',
    leader: '{{name}} ({{gender}}, born {{year}})',
    withDetails: '{{text}} ({{details}})',
    sep: ', ',
    listSep: ', ',
    founded: 'Founded',
    exclusion: 'Art. 5',
  },
  office: {
    verifyTab: 'Bundle verification (office)',
    keysTab: 'This computer\'s key (meeting laptop)',
  },
};

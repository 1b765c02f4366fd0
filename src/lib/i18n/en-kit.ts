// English strings of the classroom kit (issue 15): QR codes, the presenter's large QR and blank
// screen, the notes timer, the worksheet, the answer key and the printables. Kept apart from
// en.ts so that other work on the dictionary merges cleanly; fr-kit.ts has the same keys.
export const enKit = {
  'kit.qrStep': 'QR code: this step in the story',
  'kit.qrChapter': 'QR code: this chapter in the story',
  'kit.qrPage': 'QR code: this page',
  'kit.scanStep': 'Follow on your phone',
  'kit.qrShow': 'QR code',
  'kit.qrClose': 'Close',
  'kit.qrHint': 'Scan to open this step on a phone. Esc or Q closes.',
  'kit.blanked': 'Screen blanked. Press B or . to return.',
  'kit.elapsed': 'Time in this chapter',
  'kit.budget': 'suggested',
  'kit.over': 'over time',
  'kit.timerReset': 'Restart timer',
  'kit.address': 'The story online',
  'kit.page': 'Page',
  'kit.contentNote': 'Content note',
  'kit.contentNoteText': 'This chapter describes {events}. Preview it before the lesson and tell students what is coming; let anyone step out.',
  'kit.mapLinkSep': 'or',
  'kit.qrGuide': 'Students open this chapter on their phones:',
} as const;

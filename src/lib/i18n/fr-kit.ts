// Textes français de la trousse de classe (issue 15) ; mêmes clés que en-kit.ts.
import type { enKit } from './en-kit.ts';

export const frKit: { readonly [K in keyof typeof enKit]: string } = {
  'kit.qrStep': 'Code QR : cette étape dans le récit',
  'kit.qrChapter': 'Code QR : ce chapitre dans le récit',
  'kit.qrPage': 'Code QR : cette page',
  'kit.scanStep': 'Suivre sur son téléphone',
  'kit.qrShow': 'Code QR',
  'kit.qrClose': 'Fermer',
  'kit.qrHint': 'Scannez pour ouvrir cette étape sur un téléphone. Échap ou Q pour fermer.',
  'kit.blanked': 'Écran masqué. Appuyez sur B ou . pour revenir.',
  'kit.elapsed': 'Temps passé sur ce chapitre',
  'kit.budget': 'prévues',
  'kit.over': 'dépassement',
  'kit.timerReset': 'Remettre à zéro',
  'kit.address': 'Le récit en ligne',
  'kit.page': 'Page',
  'kit.contentNote': 'Avertissement',
  'kit.contentNoteText': 'Ce chapitre décrit {events}. Lisez-le avant la séance et prévenez les élèves de ce qui vient ; permettez à chacun de sortir.',
  'kit.mapLinkSep': 'ou',
  'kit.qrGuide': 'Les élèves ouvrent ce chapitre sur leur téléphone\xa0:',
};

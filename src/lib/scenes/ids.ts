// Feature ids used by scenes, named so scene files read as prose.
// Countries: ISO 3166 numeric, as in Natural Earth / world-atlas.
export const COUNTRY = {
  mali: '466',
  burkinaFaso: '854',
  niger: '562',
  mauritania: '478',
  senegal: '686',
  guinea: '324',
  coteDIvoire: '384',
  ghana: '288',
  togo: '768',
  benin: '204',
  nigeria: '566',
  algeria: '012',
  chad: '148',
} as const;

// Mali's regions: OCHA COD-AB 2021 P-codes.
export const REGION = {
  kayes: 'ML01',
  koulikoro: 'ML02',
  sikasso: 'ML03',
  segou: 'ML04',
  mopti: 'ML05',
  tombouctou: 'ML06',
  gao: 'ML07',
  kidal: 'ML08',
  bamako: 'ML09',
  menaka: 'ML10',
} as const;

export const ALL_REGIONS = Object.values(REGION);
export const NORTHERN_REGIONS = [REGION.tombouctou, REGION.gao, REGION.kidal, REGION.menaka] as const;
export const SAHEL_THREE = [COUNTRY.mali, COUNTRY.burkinaFaso, COUNTRY.niger] as const;
export const COASTAL_FOUR = [COUNTRY.coteDIvoire, COUNTRY.ghana, COUNTRY.togo, COUNTRY.benin] as const;

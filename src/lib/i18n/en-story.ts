// English map strings for chapters 3–9 (labels, legends, captions). Kept apart from the UI
// dictionary so story work and UI work do not collide. Every date and figure here comes from the
// fact sheet (/work/shared/facts) or the conflict data notes (UCDP PROVENANCE).
export const enStory = {
  // Chapter 3 — a skeletal state
  'map.menaka.1990': 'Ménaka: rebellion begins, June 1990',
  'map.kidal.2006': 'Kidal: army posts attacked, May 2006',
  'map.menaka.2006': 'Ménaka: army posts attacked, May 2006',
  'map.menaka.2012': 'Ménaka: MNLA attack, Jan 2012',
  'map.aguelhok.2012': 'Aguelhok: fighting spreads, 2012',
  'map.tessalit.2012': 'Tessalit: fighting spreads, 2012',
  'map.bamako.coup2012': 'Bamako: coup, 22 Mar 2012',
  'legend.rebellionStart': 'Where the 1990 rebellion began',
  'legend.armyPostsAttacked2006': 'Army posts attacked, May 2006',
  'legend.fighting2012': 'Fighting, early 2012',
  'legend.coupCapital': 'Capital: coup of 22 March 2012',
  'legend.northernCities': 'Northern cities',
  'legend.fellMarApr2012': 'Fell in three days, ending 1 Apr 2012',
  'caption.rebellion2012Date':
    'Sources differ on the first day: 16 January 2012 (Wikipedia) or 17 January (a timeline written at the time).',
  'caption.northFallsDates':
    'Kidal, Gao and Timbuktu fell on three consecutive days ending 1 April 2012; the sources do not give each city’s date.',

  // Chapter 4 — the French years
  'map.mopti.konna': 'Mopti (Konna is ~70 km away)',
  'map.kidal.airstrip2013': 'Kidal: airstrip seized, Jan 2013',
  'map.tessalit.retaken2013': 'Tessalit: taken, 8 Feb 2013',
  'legend.konnaAdvance': 'Jihadists took Konna, 10 Jan 2013',
  'legend.retaken2013': 'Retaken by French and allied troops, early 2013',
  'caption.konnaNotMapped':
    'Konna is not marked: the fact sheet gives no coordinates for it, only that it lies about 70 km from Mopti.',
  'map.ndjamena.hq': 'N’Djamena: Barkhane HQ and air base',
  'map.gao.regionalBase': 'Gao: regional operations base',
  'map.ouagadougou.specialForces': 'Ouagadougou: special forces',
  'map.niamey.intelHub': 'Niamey: intelligence hub',
  'legend.barkhanePlan2014': 'Barkhane’s planned sites, 2014',
  'legend.g5Sahel': 'G5 Sahel countries',
  'map.bamako.accord2015': 'Bamako: accord signed, 15 May 2015',
  'map.menaka.isStronghold': 'Ménaka area: IS Sahel stronghold',
  'map.triBorder': 'TRI-BORDER AREA',
  'legend.accordSigned': 'Algiers Accord signed, 2015',
  'legend.isStronghold': 'Islamic State’s Sahel branch (from 2015)',
  'chart.mark.serval': 'Serval',
  'chart.mark.jnim': 'JNIM formed',
  'chart.mark.coup2020': '2020 coup',
  'chart.mark.frenchExit': 'French leave Mali',
  'map.kati.mutiny2020': 'Kati: mutiny, 18 Aug 2020',
  'legend.coup2020': 'Coup of 18 August 2020',
  'legend.frenchBase': 'French base',
  'legend.frenchBaseClosed': 'French base, handed over or closed',
  'map.gao.mainBase': 'Gao: main French base',
  'map.kidal.closed': 'Kidal: left Oct 2021',
  'map.tessalit.closed': 'Tessalit: handed over 13 Nov 2021',
  'map.timbuktu.closed': 'Timbuktu: handed over 14 Dec 2021',
  'map.gossi.closed': 'Gossi: handed over 19 Apr 2022',
  'map.menaka.closed': 'Ménaka: handed over 13 Jun 2022',
  'map.gao.closed': 'Gao: closed 15 Aug 2022',
  'caption.lastConvoy':
    'On 15 August 2022 the last French convoy left Gao and crossed into Niger at the Labbezanga border post.',

  // Chapter 5 — the juntas
  'map.bamako.coup2021': 'Bamako: second coup, 24 May 2021',
  'legend.coup2021': 'Coup of 24 May 2021',
  'map.moura.2022': 'Moura: 27–31 Mar 2022',
  'legend.moura': 'Massacre, March 2022',
  'caption.mouraTolls':
    'Tolls differ: 203 “terrorists” (Malian army); about 300 civilians (Human Rights Watch); at least 500 people (UN human rights office).',
  'map.ouagadougou.coups2022': 'Ouagadougou: coups, Jan and Sep 2022',
  'map.niamey.coup2023': 'Niamey: coup, 26 Jul 2023',
  'map.bamako.coups20202021': 'Bamako: coups, 2020 and 2021',
  'legend.coups20222023': 'Coups in 2022 and 2023',
  'legend.maliJunta': 'Mali: military rule since 2020',
  'map.kidal.retaken2023': 'Kidal: taken by the army, 14 Nov 2023',
  'map.tessalit.fell2023': 'Tessalit: fell, late Oct 2023',
  'legend.takenByArmy2023': 'Army offensive, Oct–Nov 2023',
  'map.niamey.confederation': 'Niamey: confederation, 6 Jul 2024',
  'legend.aes': 'Alliance of Sahel States (charter, 16 Sep 2023)',
  'map.tinzaouaten.2024': 'Tinzaouaten: battle, 25–27 Jul 2024',
  'legend.tinzaouaten': 'Battle, July 2024',
  'caption.tinzaouatenClaims':
    'All casualty figures for this battle are claims by the warring parties; none has been independently verified.',
  'map.moura.short': 'Moura, 2022',
  'map.kidal.short': 'Kidal, 2023',
  'map.tinzaouaten.short': 'Tinzaouaten, 2024',
  'legend.massacre': 'Massacre site',
  'legend.fightingNorth': 'Fighting in the north',

  // Chapter 6 — deaths soared
  'legend.ucdpEvent2021': 'UCDP event, 2021 (size: deaths)',
  'caption.events2021':
    'Each dot is one UCDP Candidate event (preliminary data) in 2021, located to a place or a district.',
  'map.solhan.2021': 'Solhan: 4–5 Jun 2021',
  'caption.solhanTolls':
    'Solhan tolls: 132, then 138 (government); over 140 (Human Rights Watch); 160 (local officials, via AFP). UCDP records 160.',
  'map.barsalogho.2024': 'Barsalogho: 24 Aug 2024',
  'caption.barsaloghoNotInData':
    'Barsalogho (2024) is not in the UCDP files used here. Reported tolls: at least 200 (UN); about 300 (JNIM); 400–500 (sources to Reuters); up to 600 (French assessment, via CNN).',

  // Chapter 7 — the storyteller’s own house
  'caption.cattleMarketsNotMapped':
    'The seven cattle markets closed after the attack are not mapped: the sources do not say where they are.',
  'legend.juntaNeighbours': 'Junta-run neighbors',

  // Chapter 8 — Washington’s three paths
  'map.niamey.usExit': 'Niamey: last US aircraft left 8 Jul 2024',
  'map.niamey.usExitShort': 'Niamey: US left, 2024',
  'legend.usLeftNiger': 'Niger: US forces left in 2024',
  'caption.agadezNotMapped':
    'Air Base 201 at Agadez, the last US site in Niger (withdrawal complete 5 Aug 2024), is not marked: no verified coordinates.',
  'map.bamako.partner': 'Bamako: a partner someday?',
  'legend.path1': 'Path 1: wait for a partner in Bamako',
  'caption.droneTalks':
    'The Wall Street Journal reported US talks on drone use of airfields in Ghana, Côte d’Ivoire and Benin (January 2024). Togo was not named.',
  'legend.path3': 'Path 3: urge the juntas to talk',
  'legend.path1Short': 'Path 1: Bamako',
  'legend.path2Short': 'Path 2: the coastal states',
  'legend.path3Short': 'Path 3: the three capitals',

  // Chapter 9 — coda
  'legend.capitalsDeals': 'Bamako, Ouagadougou, Niamey',
  'caption.closingLine':
    '“Caught between the insurgents who won’t quit and the soldiers who can’t win.” (Alex Thurston, Responsible Statecraft, September 2024)',
  // Maps that show what the text alone does not (the map-story review)
  'legend.algeriaTalks': 'Algeria: led the negotiations',
  'legend.attack2024': 'Attack of 17 September 2024',
  'legend.jihadistEvents2021': 'UCDP event with JNIM or IS, 2021',
  'legend.aesCountries': 'Alliance of Sahel States',
  'caption.sahelSchematic': 'The Sahel has no fixed border: the band is schematic, between the Sahara and the savanna.',
  'map.sahelBand': 'The Sahel (schematic)',
} as const;

// Chapters that describe mass killings and give death tolls: the guide puts a content note
// before each, so a teacher can prepare the class. Events are named as the story names them.
export const CONTENT_NOTES: Readonly<Record<string, { en: string; fr: string }>> = {
  'cold-open': { en: 'the 17 September 2024 attack in Bamako and its disputed death toll', fr: 'l’attaque du 17 septembre 2024 à Bamako et son bilan contesté' },
  'the-juntas': { en: 'the Moura massacre (2022) and the battle of Tinzaouaten (2024), with their tolls', fr: 'le massacre de Moura (2022) et la bataille de Tinzaouaten (2024), avec leurs bilans' },
  'deaths-soared': { en: 'the massacres of Solhan (2021) and Barsalogho (2024), with yearly death counts', fr: 'les massacres de Solhan (2021) et de Barsalogho (2024), avec les décomptes annuels des morts' },
};

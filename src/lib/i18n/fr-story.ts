// French map strings for chapters 3–9 (labels, legends, captions), translated from ./en-story.ts.
// Every date and figure is the English one; place names follow name_fr in the geodata.
// Map labels stay as short as the English (abbreviated months).
import { enStory } from './en-story.ts';

export const frStory: { readonly [K in keyof typeof enStory]: string } = {
  // Chapitre 3 — un État squelettique
  'map.menaka.1990': 'Ménaka : début de la rébellion, juin 1990',
  'map.kidal.2006': 'Kidal : postes attaqués, mai 2006',
  'map.menaka.2006': 'Ménaka : postes attaqués, mai 2006',
  'map.menaka.2012': 'Ménaka : attaque du MNLA, janv. 2012',
  'map.aguelhok.2012': 'Aguelhok : combats, 2012',
  'map.tessalit.2012': 'Tessalit : combats, 2012',
  'map.bamako.coup2012': 'Bamako : coup d’État, 22 mars 2012',
  'legend.rebellionStart': 'Où a commencé la rébellion de 1990',
  'legend.armyPostsAttacked2006': 'Postes attaqués, mai 2006',
  'legend.fighting2012': 'Combats, début 2012',
  'legend.coupCapital': 'Capitale : coup d’État du 22 mars 2012',
  'legend.northernCities': 'Villes du Nord',
  'legend.fellMarApr2012': 'Tombées en trois jours, jusqu’au 1er avr. 2012',
  'caption.rebellion2012Date':
    'Les sources divergent sur le premier jour : le 16 janvier 2012 (Wikipédia) ou le 17 janvier (une chronologie rédigée à l’époque).',
  'caption.northFallsDates':
    'Kidal, Gao et Tombouctou sont tombées trois jours de suite, jusqu’au 1er avril 2012 ; les sources ne donnent pas la date propre à chaque ville.',

  // Chapitre 4 — les années françaises
  'map.mopti.konna': 'Mopti (Konna est à ~70 km)',
  'map.kidal.airstrip2013': 'Kidal : aérodrome pris, janv. 2013',
  'map.tessalit.retaken2013': 'Tessalit : prise, 8 févr. 2013',
  'legend.konnaAdvance': 'Konna prise par les djihadistes, 10 janv. 2013',
  'legend.retaken2013': 'Repris par les troupes françaises et alliées, début 2013',
  'caption.konnaNotMapped':
    'Konna n’est pas indiquée : la fiche documentaire ne donne pas ses coordonnées, seulement qu’elle se trouve à environ 70 km de Mopti.',
  'map.ndjamena.hq': 'N’Djamena : QG de Barkhane et base aérienne',
  'map.gao.regionalBase': 'Gao : base régionale',
  'map.ouagadougou.specialForces': 'Ouagadougou : forces spéciales',
  'map.niamey.intelHub': 'Niamey : renseignement',
  'legend.barkhanePlan2014': 'Implantations prévues de Barkhane, 2014',
  'legend.g5Sahel': 'Pays du G5 Sahel',
  'map.bamako.accord2015': 'Bamako : accord signé, 15 mai 2015',
  'map.menaka.isStronghold': 'Zone de Ménaka : bastion de l’EIS',
  'map.triBorder': 'TROIS FRONTIÈRES',
  'legend.accordSigned': 'Accord d’Alger signé, 2015',
  'legend.isStronghold': 'État islamique au Sahel (depuis 2015)',
  'chart.mark.serval': 'Serval',
  'chart.mark.jnim': 'Création du JNIM',
  'chart.mark.coup2020': 'Putsch de 2020',
  'chart.mark.frenchExit': 'Retrait français',
  'map.kati.mutiny2020': 'Kati : mutinerie, 18 août 2020',
  'legend.coup2020': 'Putsch du 18 août 2020',
  'legend.frenchBase': 'Base française',
  'legend.frenchBaseClosed': 'Base française rétrocédée ou fermée',
  'map.gao.mainBase': 'Gao : base principale',
  'map.kidal.closed': 'Kidal : quittée oct. 2021',
  'map.tessalit.closed': 'Tessalit : rétrocédée 13 nov. 2021',
  'map.timbuktu.closed': 'Tombouctou : rétrocédée 14 déc. 2021',
  'map.gossi.closed': 'Gossi : rétrocédée 19 avr. 2022',
  'map.menaka.closed': 'Ménaka : rétrocédée 13 juin 2022',
  'map.gao.closed': 'Gao : fermée 15 août 2022',
  'caption.lastConvoy':
    'Le 15 août 2022, le dernier convoi français a quitté Gao pour le Niger (poste de Labbezanga).',

  // Chapitre 5 — les juntes
  'map.bamako.coup2021': 'Bamako : second coup d’État, 24 mai 2021',
  'legend.coup2021': 'Coup d’État du 24 mai 2021',
  'map.moura.2022': 'Moura : 27–31 mars 2022',
  'legend.moura': 'Massacre, mars 2022',
  'caption.mouraTolls':
    'Les bilans divergent : 203 « terroristes » (armée malienne) ; environ 300 civils (Human Rights Watch) ; au moins 500 personnes (Haut-Commissariat de l’ONU aux droits de l’homme).',
  'map.ouagadougou.coups2022': 'Ouagadougou : putschs, janv. et sept. 2022',
  'map.niamey.coup2023': 'Niamey : putsch, 26 juil. 2023',
  'map.bamako.coups20202021': 'Bamako : coups d’État, 2020 et 2021',
  'legend.coups20222023': 'Putschs de 2022 et 2023',
  'legend.maliJunta': 'Mali : junte depuis 2020',
  'map.kidal.retaken2023': 'Kidal : prise par l’armée, 14 nov. 2023',
  'map.tessalit.fell2023': 'Tessalit : tombée fin oct. 2023',
  'legend.takenByArmy2023': 'Offensive de l’armée, oct.–nov. 2023',
  'map.niamey.confederation': 'Niamey : confédération, 6 juil. 2024',
  'legend.aes': 'Alliance des États du Sahel (charte, 16 sept. 2023)',
  'map.tinzaouaten.2024': 'Tinzawatène : bataille, 25–27 juil. 2024',
  'legend.tinzaouaten': 'Bataille, juillet 2024',
  'caption.tinzaouatenClaims':
    'Tous les bilans de cette bataille sont avancés par les belligérants ; aucun n’a été vérifié de façon indépendante.',
  'map.moura.short': 'Moura, 2022',
  'map.kidal.short': 'Kidal, 2023',
  'map.tinzaouaten.short': 'Tinzawatène, 2024',
  'legend.massacre': 'Lieu d’un massacre',
  'legend.fightingNorth': 'Combats dans le Nord',

  // Chapitre 6 — l’explosion du nombre de morts
  'legend.ucdpEvent2021': 'Événement UCDP 2021 (taille : morts)',
  'caption.events2021':
    'Chaque point : un événement UCDP Candidate (données provisoires) de 2021, localisé à un lieu ou un district.',
  'map.solhan.2021': 'Solhan : 4–5 juin 2021',
  'caption.solhanTolls':
    'Bilans de Solhan : 132, puis 138 (gouvernement) ; plus de 140 (Human Rights Watch) ; 160 (responsables locaux, via l’AFP). L’UCDP en recense 160.',
  'map.barsalogho.2024': 'Barsalogho : 24 août 2024',
  'caption.barsaloghoNotInData':
    'Barsalogho (2024) ne figure pas dans les fichiers UCDP utilisés ici. Bilans rapportés : au moins 200 (ONU) ; environ 300 (JNIM) ; 400 à 500 (sources citées par Reuters) ; jusqu’à 600 (évaluation française, via CNN).',

  // Chapitre 7 — la maison même du conteur
  'caption.cattleMarketsNotMapped':
    'Les sept marchés à bétail fermés après l’attaque ne figurent pas sur la carte : les sources ne disent pas où ils se trouvent.',
  'legend.juntaNeighbours': 'Voisins sous junte',

  // Chapitre 8 — les trois voies de Washington
  'map.niamey.usExit': 'Niamey : dernier vol américain, 8 juil. 2024',
  'map.niamey.usExitShort': 'Niamey : fin US, 2024',
  'legend.usLeftNiger': 'Niger : forces américaines parties en 2024',
  'caption.agadezNotMapped':
    'La base aérienne 201 d’Agadez, dernier site américain au Niger (retrait achevé le 5 août 2024), n’est pas indiquée : aucune coordonnée vérifiée.',
  'map.bamako.partner': 'Bamako : un partenaire un jour ?',
  'legend.path1': 'Voie 1 : attendre un partenaire à Bamako',
  'caption.droneTalks':
    'Selon le Wall Street Journal, les É.-U. ont discuté de l’usage d’aérodromes par des drones au Ghana, en Côte d’Ivoire et au Bénin (janv. 2024). Le Togo n’était pas cité.',
  'legend.path3': 'Voie 3 : inciter les juntes à dialoguer',
  'legend.path1Short': 'Voie 1 : Bamako',
  'legend.path2Short': 'Voie 2 : les États côtiers',
  'legend.path3Short': 'Voie 3 : les trois capitales',

  // Chapitre 9 — coda
  'legend.capitalsDeals': 'Bamako, Ouagadougou, Niamey',
  'caption.closingLine':
    '« Pris en étau entre des insurgés qui ne renonceront pas et des soldats qui ne peuvent pas gagner. » (Alex Thurston, Responsible Statecraft, septembre 2024)',
  // Cartes qui montrent ce que le texte seul ne dit pas
  'legend.algeriaTalks': 'Algérie : a mené les négociations',
  'legend.attack2024': 'Attaque du 17 septembre 2024',
  'legend.jihadistEvents2021': 'Événement UCDP impliquant le JNIM ou l’EI, 2021',
  'legend.aesCountries': 'Alliance des États du Sahel',
  'caption.sahelSchematic': 'Le Sahel n’a pas de frontière fixe : la bande est schématique, entre le Sahara et la savane.',
  'map.sahelBand': 'Le Sahel (schéma)',
};

// French glossary, translated from the fact sheet (src/generated/glossary.json), keyed by entry id.
// `term` is how the French story text names the entry: the site looks for its first use by
// splitting `term` on ' / ' (a leading 'Opération ' is dropped), acronyms case-sensitively.
export interface GlossaryTranslation {
  term: string;
  expansion: string;
  aka: string[];
  definition: string;
}

export const frGlossary: Record<string, GlossaryTranslation> = {
  aes: {
    term: 'AES',
    expansion: 'Alliance des États du Sahel ; depuis juillet 2024, Confédération des États du Sahel',
    aka: [],
    definition:
      'Bloc formé par les gouvernements militaires du Mali, du Burkina Faso et du Niger, fondé comme pacte de défense mutuelle par la charte du Liptako-Gourma le 16 septembre 2023, puis transformé en confédération lors du sommet de Niamey le 6 juillet 2024. Ses membres ont annoncé leur départ de la CEDEAO en janvier 2024.',
  },
  algiers_accord: {
    term: 'Accord d’Alger',
    expansion: 'Accord pour la paix et la réconciliation au Mali, issu du processus d’Alger (2015)',
    aka: [],
    definition:
      'Accord de paix conclu sous médiation algérienne entre le gouvernement malien, des milices progouvernementales et la coalition rebelle du Nord (CMA), signé les 15 mai et 20 juin 2015. Sa mise en œuvre est restée bloquée pendant des années, et la junte a déclaré y mettre fin le 25 janvier 2024.',
  },
  aqim: {
    term: 'AQMI',
    expansion: 'Al-Qaïda au Maghreb islamique',
    aka: ['AQIM (en anglais)'],
    definition:
      'Organisation djihadiste née en Algérie, issue du Groupe salafiste pour la prédication et le combat (GSPC), qui a pris le nom d’al-Qaïda au début de 2007. Ses unités sahariennes figuraient parmi les groupes qui se sont emparés du nord du Mali en 2012 ; elles se sont ensuite fondues dans le JNIM.',
  },
  barkhane: {
    term: 'Opération Barkhane',
    expansion: 'Opération antiterroriste régionale française, 1er août 2014 – 9 novembre 2022',
    aka: [],
    definition:
      'Opération qui a succédé à Serval ; elle couvrait les cinq pays du G5 Sahel depuis un quartier général à N’Djamena, avec Gao pour principale base au Mali. La France a fermé ses bases maliennes en 2021–2022, et les derniers soldats ont quitté le Mali le 15 août 2022.',
  },
  ecowas: {
    term: 'CEDEAO',
    expansion: 'Communauté économique des États de l’Afrique de l’Ouest (ECOWAS en anglais)',
    aka: ['ECOWAS'],
    definition:
      'Organisation régionale ouest-africaine créée par le traité de Lagos le 28 mai 1975 pour favoriser l’intégration économique ; elle sert aussi de médiatrice dans les crises et a sanctionné des gouvernements issus de coups d’État. La sortie du Mali, du Burkina Faso et du Niger a pris effet le 29 janvier 2025.',
  },
  g5_sahel: {
    term: 'G5 Sahel',
    expansion: 'Groupe des cinq pays du Sahel',
    aka: [],
    definition:
      'Cadre régional créé en février 2014 par le Burkina Faso, le Tchad, le Mali, la Mauritanie et le Niger, doté d’une force conjointe antiterroriste dont le quartier général se trouvait à Sévaré. Il s’est délité après le départ du Mali en mai 2022, puis celui du Burkina Faso et du Niger fin 2023.',
  },
  issp: {
    term: 'EIS / État islamique au Sahel',
    expansion: 'État islamique – province du Sahel (anciennement État islamique dans le Grand Sahara, EIGS)',
    aka: ['EIGS', 'ISSP (en anglais)', 'ISGS (en anglais)', 'IS-GS', 'ISIS-Sahel'],
    definition:
      'Branche de l’État islamique dans la zone frontalière entre le Mali, le Niger et le Burkina Faso, fondée en 2015 par une faction dissidente d’al-Mourabitoun menée par Adnan Abou Walid al-Sahraoui. Elle est devenue une « province » distincte de l’EI en mars 2022 et rivalise avec le JNIM ; son fief se situe autour de Ménaka.',
  },
  jnim: {
    term: 'JNIM',
    expansion:
      'Groupe de soutien à l’islam et aux musulmans (GSIM ; en arabe Jama’at Nusrat al-Islam wal-Muslimin)',
    aka: ['GSIM'],
    definition:
      'Principale branche d’al-Qaïda au Sahel, créée en mars 2017 par la fusion de plusieurs groupes djihadistes maliens et sahariens sous la direction d’Iyad Ag Ghaly. Le groupe opère surtout au Mali et au Burkina Faso, et de plus en plus au Niger et aux confins nord des États côtiers ; il a revendiqué l’attaque du 17 septembre 2024 à Bamako.',
  },
  junta: {
    term: 'Junte',
    expansion: '(terme général)',
    aka: [],
    definition:
      'Gouvernement dirigé par des officiers qui ont pris le pouvoir par la force plutôt que par des élections. Dans ce récit, le terme désigne les gouvernements « de transition » dirigés par des militaires au Mali (depuis 2020/2021), au Burkina Faso (depuis 2022) et au Niger (depuis 2023).',
  },
  minusma: {
    term: 'MINUSMA',
    expansion: 'Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali',
    aka: [],
    definition:
      'Mission de maintien de la paix de l’ONU créée par la résolution 2100 du Conseil de sécurité en avril 2013 et déployée à partir de juillet 2013 pour aider à stabiliser le Mali et soutenir le processus de paix. À la demande de la junte, le Conseil a mis fin à son mandat le 30 juin 2023, et son retrait était achevé au 31 décembre 2023.',
  },
  mnla_csp: {
    term: 'MNLA / CSP',
    expansion:
      'Mouvement national de libération de l’Azawad ; Cadre stratégique permanent (CSP-PSD, rebaptisé CSP-DPA en avril 2024)',
    aka: ['CMA (Coordination des mouvements de l’Azawad)', 'CSP-PSD', 'CSP-DPA'],
    definition:
      'Le MNLA est un mouvement séparatiste majoritairement touareg, fondé en octobre 2011, qui a lancé la rébellion de 2012 et proclamé l’« Azawad ». Le CSP est la coalition armée du Nord formée en mai 2021 (comprenant le MNLA, au sein de la Coordination des mouvements de l’Azawad) qui a repris la guerre contre la junte en 2023 et a combattu à Tinzawatène en juillet 2024.',
  },
  sahel: {
    term: 'Sahel',
    expansion: '(région géographique ; de l’arabe sāḥil, « rivage »)',
    aka: [],
    definition:
      'Bande semi-aride qui traverse l’Afrique de l’Atlantique à la mer Rouge, entre le Sahara au nord et la savane soudanienne, plus humide, au sud. Dans le langage des politiques publiques, le terme désigne souvent plus précisément le Mali, le Burkina Faso, le Niger et les États voisins.',
  },
  serval: {
    term: 'Opération Serval',
    expansion: 'Intervention militaire française au Mali, 11 janvier 2013 – 15 juillet 2014',
    aka: [],
    definition:
      'Intervention de la France, lancée à la demande du gouvernement malien, qui a stoppé une offensive djihadiste à Konna et chassé les groupes armés des villes du Nord au début de 2013. L’opération Barkhane lui a succédé.',
  },
  takuba: {
    term: 'Takuba',
    expansion: 'Task force Takuba (forces spéciales européennes)',
    aka: [],
    definition:
      'Task force de forces spéciales européennes sous commandement français, annoncée en mars 2020, qui conseillait et accompagnait des unités maliennes, surtout depuis Ménaka et Gao. Elle a mis fin à ses opérations au Mali le 30 juin 2022.',
  },
  wagner_africa_corps: {
    term: 'Wagner / Africa Corps',
    expansion:
      'Groupe Wagner (société militaire privée russe) ; Africa Corps (successeur lié au ministère russe de la Défense)',
    aka: [],
    definition:
      'Wagner est un groupe de mercenaires russe lié au Kremlin, déployé au Mali à partir de la fin de 2021, qui combat aux côtés de l’armée et est accusé d’exactions comme le massacre de Moura. Africa Corps est une formation mise sur pied sous l’égide du ministère russe de la Défense à partir de la fin de 2023 ; elle a repris une grande partie du rôle de Wagner en Afrique et l’a officiellement remplacé au Mali en juin 2025.',
  },
};

"""A labelled set of short, real-looking texts (written for these tests: no real person's data) with the verdict
each text rule should give: True = the rule should fail on it. `tests/test_labelled_texts.py` reports precision and
recall per rule."""

from __future__ import annotations

# TXT-001: headlines.
HEADLINES = {
    "en": [
        ("Supply chain manager | I cut lead times and stock for mid-size manufacturers | S&OP", False),
        ("Head of Sales - EMEA | SaaS B2B", False),
        ("Data analyst turning messy spreadsheets into decisions", False),
        ("Nurse practitioner · Paediatrics · Community health", False),
        ("Product designer at Acme | Accessible interfaces for public services", False),
        ("Freelance copywriter for B2B tech brands ✍️", False),
        ("HR business partner | I help managers hire and keep good people", False),
        ("Software engineer (Python, Go) building payment systems", False),
        ("Supply chain manager | S&OP |", True),
        ("| Data analyst | SQL | Power BI", True),
        ("SENIOR ACCOUNT EXECUTIVE ENTERPRISE SOFTWARE", True),
        ("Growth hacker 🚀🔥💡💯✨", True),
        ("Project manager.", True),
        ("Marketing lead,", True),
        ("Engineer.Problem solver.Team player", True),
        ("Recruiter || Tech || Remote", True),
        ("CEO 🚀 Founder 🔥 Investor 💰 Speaker 🎤", True),
    ],
    "fr": [
        ("Acheteuse industrielle · Je sécurise les approvisionnements des PME 🚀", False),
        ("Responsable supply chain | Je réduis les délais et les stocks des PME industrielles", False),
        ("Développeur Python & Django | API, données, S&OP", False),
        ("Ingénieure R&D chez Thalès – capteurs et optique", False),
        ("Infirmière puéricultrice en PMI, Lyon", False),
        ("Chargée de recrutement IT | J'aide les start-up à trouver leurs développeurs", False),
        ("Contrôleur de gestion industriel – coûts, budgets, usines", False),
        ("Consultante SIRH / paie – Workday et SAP", False),
        ("DIRECTRICE COMMERCIALE GRANDS COMPTES", True),
        ("Chef de projet digital.", True),
        ("Responsable achats |", True),
        ("- Développeuse web", True),
        ("Comptable • • Paie • Fiscalité", True),
        ("Consultant.Formateur.Coach", True),
        ("Coach en reconversion 🌱✨💪🔥", True),
        ("RESPONSABLE LOGISTIQUE ENTREPÔT ET TRANSPORT", True),
        ("Juriste en droit social ;", True),
    ],
}

# TXT-002: (description, current position?)
TENSES = {
    "en": [
        (
            "• Lead a team of 9 planners.\n• Run the monthly S&OP cycle.\n• Freed 2.1 M€ of working capital.",
            True,
            False,
        ),
        ("I manage a portfolio of 40 key accounts and coach 5 account managers.", True, False),
        ("• Build the data platform.\n• Mentor two junior engineers.", True, False),
        ("• Raised forecast accuracy from 62% to 85%.\n• Built the demand review.", False, False),
        ("• Led a team of 9 planners.\n• Managed the S&OP cycle.", False, False),
        ("Negotiated 12 carrier contracts and cut transport costs by 8%.", False, False),
        ("• Management of the warehouse team.\n• Budget of 2 M€.", True, False),
        ("• Designed the new checkout.\n• Lead the design system today.", True, False),
        ("• Led a team of 9 planners.\n• Managed the S&OP cycle.\n• Raised accuracy.", True, True),
        ("• Built the data platform.\n• Mentored two junior engineers.", True, True),
        # One sentence, below the rule's `min_sentences` (2): by design, not a finding.
        ("I managed 40 key accounts and coached 5 account managers.", True, False),
        ("• Designed the mobile app.\n• Launched it in 6 countries.\n• Grew users to 1M.", True, True),
        ("I managed 40 key accounts. I coached 5 account managers.", True, True),
        ("• Lead a team of 9 planners.\n• Run the monthly S&OP cycle.", False, True),
        ("I manage 40 key accounts. I coach 5 account managers.", False, True),
        ("• Write the release notes.\n• Organise the sprint reviews.\n• Support the sales team.", False, True),
        ("• Handle the payroll of 300 employees.\n• Prepare the monthly closing.", False, True),
    ],
    "fr": [
        ("• J'encadre une équipe de 9 acheteurs.\n• J'ai réduit les stocks de 40 %.", True, False),
        ("Je pilote le S&OP mensuel et j'anime la revue de la demande.", True, False),
        ("• Pilotage des achats (12 M€).\n• Encadrement de 4 personnes.", True, False),
        ("• Réduit les stocks de 40 %.\n• Animé la revue de la demande.", False, False),
        ("J'ai négocié 12 contrats de transport et réduit les coûts de 8 %.", False, False),
        ("• Conçu et déployé un outil de prévision.\n• Formé 20 utilisateurs.", False, False),
        ("• Gestion de la paie de 300 salariés.\n• Clôtures mensuelles.", False, False),
        ("• Je gère la relation avec 30 fournisseurs.\n• J'ai lancé un appel d'offres.", True, False),
        ("• J'ai encadré une équipe de 9 acheteurs.\n• J'ai piloté le S&OP.", True, True),
        ("• Animé les ateliers S&OP.\n• Négocié 12 contrats.\n• Déployé le nouvel ERP.", True, True),
        # One sentence, below the rule's `min_sentences` (2): by design, not a finding.
        ("Je pilotais les achats de 3 sites et j'encadrais 4 acheteurs.", True, False),
        ("Je pilotais les achats de 3 sites. J'encadrais 4 acheteurs.", True, True),
        ("• J'ai conçu le site.\n• J'ai formé les équipes.", True, True),
        ("• Je pilote les achats de 3 sites.\n• J'encadre 4 acheteurs.", False, True),
        ("Je gère la paie de 300 salariés. Je prépare les clôtures mensuelles.", False, True),
        ("• J'anime le réseau de 12 agences.\n• Je forme les nouveaux conseillers.", False, True),
        ("• Je développe les API de paiement.\n• J'accompagne deux stagiaires.", False, True),
    ],
}

_EN_A = "Ran the monthly S&OP cycle with sales, finance and production, and cut stock by 20% in a year."
_EN_B = "Built a demand-review meeting adopted by three business units and raised forecast accuracy to 85%."
_EN_C = "Negotiated twelve carrier contracts across Europe and automated the weekly service-level report."
_FR_A = "Pilotage des approvisionnements et du S&OP mensuel, réduction des stocks de 20 % en 18 mois."
_FR_B = "Mise en place de la revue de la demande avec trois business units, prévisions fiables à 85 %."
_FR_C = "Négociation de douze contrats de transport en Europe et automatisation du reporting hebdomadaire."

# TXT-003: (first description, second description, copies?)
COPIES = {
    "en": [
        (_EN_A, _EN_B, False), (_EN_A, _EN_C, False), (_EN_B, _EN_C, False),
        (_EN_A, _EN_A, True), (_EN_B, _EN_B.upper(), True), (_EN_C, _EN_C.replace("twelve", "nine"), True),
        (_EN_A, _EN_A.replace("20%", "35%"), True), ("• " + _EN_B, _EN_B + " Trained 20 planners.", True),
        (_EN_A + " " + _EN_B, _EN_A, True), (_EN_C, _EN_C.replace("Europe", "Asia").replace("weekly", "daily"), True),
        ("Freelance missions.", "Freelance missions.", False),
        (_EN_A, "Ran the quarterly budget review with finance and cut travel costs by 15% in a year.", False),
        (_EN_B, "Built a training programme adopted by three plants and raised safety scores to 95%.", False),
        (_EN_C, "Negotiated office leases in two cities and automated the monthly invoice checks.", False),
        (_EN_A, _EN_A + " " + _EN_C, True), (_EN_B, _EN_C + " " + _EN_A, False),
    ],
    "fr": [
        (_FR_A, _FR_B, False), (_FR_A, _FR_C, False), (_FR_B, _FR_C, False),
        (_FR_A, _FR_A, True), (_FR_B, _FR_B.upper(), True), (_FR_C, _FR_C.replace("douze", "neuf"), True),
        (_FR_A, _FR_A.replace("20 %", "35 %"), True), ("• " + _FR_B, _FR_B + " Formation de 20 planificateurs.", True),
        (_FR_A + " " + _FR_B, _FR_A, True), (_FR_C, _FR_C.replace("Europe", "Asie").replace("hebdomadaire", "mensuel"), True),
        ("Missions en freelance.", "Missions en freelance.", False),
        (_FR_A, "Pilotage du budget trimestriel avec la finance, baisse des frais de déplacement de 15 %.", False),
        (_FR_B, "Mise en place d'un programme de formation dans trois usines, sécurité portée à 95 %.", False),
        (_FR_C, "Négociation des baux de bureaux dans deux villes et contrôle mensuel des factures.", False),
        (_FR_A, _FR_A + " " + _FR_C, True), (_FR_B, _FR_C + " " + _FR_A, False),
    ],
}  # fmt: skip

# TXT-004: About texts (should fail: no invitation at the end).
_EN_STORY = "I help mid-size manufacturers ship on time with less stock. Over 12 years I cut lead times by 30%. "
_FR_STORY = "J'accompagne les PME industrielles depuis 12 ans. J'ai réduit les délais de 30 % chez Acme. "
ABOUTS = {
    "en": [
        (_EN_STORY + "If that is you, write to me.", False),
        (_EN_STORY + "Feel free to reach out if you want to compare notes.", False),
        (_EN_STORY + "Let's talk about your next S&OP project.", False),
        (_EN_STORY + "Get in touch: https://claire.example.com", False),
        (_EN_STORY + "Contact me at sam.jones@example.com.", False),
        (_EN_STORY + "Don't hesitate to message me.", False),
        (_EN_STORY + "Always happy to chat about planning.", False),
        (_EN_STORY + "Drop me a line if you are hiring.", False),
        (_EN_STORY + "I have 12 years of experience in supply chain.", True),
        (_EN_STORY + "I love hiking and photography.", True),
        (_EN_STORY + "My strengths are rigour and curiosity.", True),
        ("Write to me about S&OP. " + _EN_STORY + "I mentor two junior planners.", True),
        (_EN_STORY + "I wrote a book about planning and contacted 40 suppliers for it.", True),
        (_EN_STORY + "Currently leading a multi-echelon inventory project.", True),
        (_EN_STORY + "Languages: English, French, Spanish.", True),
        (_EN_STORY + "Skills: S&OP, SAP APO, Python.", True),
    ],
    "fr": [
        (_FR_STORY + "Vous préparez un projet d'automatisation ? Écrivez-moi.", False),
        (_FR_STORY + "N'hésitez pas à me contacter pour en parler.", False),
        (_FR_STORY + "Échangeons sur vos enjeux de S&OP !", False),
        (_FR_STORY + "Pour me joindre : claire@exemple.fr", False),
        (_FR_STORY + "Parlons-en autour d'un café.", False),
        (_FR_STORY + "Contactez-moi si vous recrutez.", False),
        (_FR_STORY + "Discutons de votre projet.", False),
        (_FR_STORY + "Mon site : https://claire.exemple.fr", False),
        (_FR_STORY + "J'ai 12 ans d'expérience en supply chain.", True),
        (_FR_STORY + "J'ai écrit deux livres sur la logistique et j'ai contacté 40 fournisseurs.", True),
        (_FR_STORY + "Je pratique la randonnée et la photographie.", True),
        ("Écrivez-moi. " + _FR_STORY + "Je forme deux jeunes planificateurs.", True),
        (_FR_STORY + "Mes points forts : rigueur et curiosité.", True),
        (_FR_STORY + "Langues : anglais, espagnol.", True),
        (_FR_STORY + "Compétences : S&OP, SAP, Python.", True),
        (_FR_STORY + "Actuellement en charge d'un projet de stock multi-échelon.", True),
    ],
}

# TXT-005: posts, against the skills below (should fail = off topic).
SKILLS = {
    "en": ("Supply chain", "S&OP", "Demand planning", "Inventory management", "Forecasting", "Procurement"),
    "fr": ("Supply chain", "Chaîne d'approvisionnement", "Achats", "Gestion des stocks", "Prévision", "Fournisseur"),
}
POSTS = {
    "en": [
        ("S&OP note: how we cut lead times without adding stock.", False),
        ("Three lessons from our demand planning reviews this quarter.", False),
        ("Why our forecasts were wrong in March, and what we changed.", False),
        ("Procurement teams: stop chasing the lowest price.", False),
        ("Inventory management is a cash question, not a warehouse one.", False),
        ("Supply chains in 2026: shorter, closer, more visible.", False),
        ("Our #supplychain team hit 98% service this month.", False),
        ("A great read on forecasting accuracy by a former colleague.", False),
        ("Back from two weeks of holidays in Crete!", True),
        ("Monday motivation: believe in yourself.", True),
        ("Happy new year to all my contacts!", True),
        ("So proud of my daughter who ran her first marathon.", True),
        ("What a match last night! #football", True),
        ("Ten books I read this summer.", True),
        ("I am thrilled to share that I got a new car.", True),
        ("Agree? Kindness is free.", True),
    ],
    "fr": [
        ("Trois leçons sur nos chaînes d'approvisionnement après la crise.", False),
        ("Nos fournisseurs ont tenu les délais malgré la grève.", False),
        ("La gestion des stocks est une question de trésorerie.", False),
        ("#achats : ce que j'ai appris cette année.", False),
        ("Pourquoi nos prévisions de mars étaient fausses.", False),
        ("Les achats responsables coûtent-ils plus cher ?", False),
        ("Notre supply chain a servi 98 % des commandes à l'heure.", False),
        ("Un fournisseur local, c'est aussi moins de stock.", False),
        ("De retour de vacances en Crète !", True),
        ("Lundi motivation : croyez en vous.", True),
        ("Bonne année à toutes et à tous !", True),
        ("Fière de ma fille qui a couru son premier marathon.", True),
        ("Quel match hier soir ! #football", True),
        ("Dix livres lus cet été.", True),
        ("Ravie de vous annoncer mon nouveau vélo.", True),
        ("D'accord ? La gentillesse ne coûte rien.", True),
    ],
}

# PRO-007: a sentence of a headline or About; True = it uses a listed cliché as one (the rule counts it).
CLICHES = {
    "en": [
        ("Ten years of demand planning have driven me to build simpler forecasts.", False),
        ("Our growth was driven by two new distributors in Spain.", False),
        ("I have motivated a team of 12 through two plant closures.", False),
        ("She specialised in cold-chain logistics after 2019 &amp; never looked back.", False),
        ("• Cut stock by 30% across 4 warehouses.", False),
        ("The experience taught me to ask for data before opinions.", False),
        ("Drivers, warehouse leads and planners call me when a truck is late 🚚", False),
        ("I spent 3 years in Lyon, then moved to the Paris office.", False),
        ("Results-driven supply chain leader 🚀", True),
        ("Passionate about people and process.", True),
        ("• Dedicated, creative and analytical problem solver", True),
        ("I am a highly motivated team player with a proven track record.", True),
        ("Experienced buyer | Strategic sourcing | Negotiation", True),
        ("Dynamic and innovative marketer — B2B SaaS", True),
        ("I'm driven by curiosity and focused on results.", True),
        ("Extensive experience in fast-paced environments.", True),
    ],
    "fr": [
        ("Ce projet m'a motivé à reprendre des études de logistique.", False),
        ("La réorganisation a dynamisé les ventes de 15 % en un an.", False),
        ("Cette mission me passionne : je réduis les stocks des PME.", False),
        ("J'ai encadré 12 techniciens sur deux sites.", False),
        ("• Réduit les délais de livraison de 21 à 14 jours.", False),
        ("Acheteuse industrielle · Je sécurise les approvisionnements 🏭", False),
        ("Mon expérience m’a appris à écouter les équipes terrain.", False),
        ("Formatrice en bureautique pour les TPE de la Drôme.", False),
        ("Commerciale dynamique, motivée et passionnée", True),
        ("Je suis passionnée par la relation client &amp; le terrain.", True),
        ("Profil créatif et stratégique, orienté résultats.", True),
        ("Expert en transformation digitale 🚀", True),
        ("• Manager innovant, doté d'un leadership naturel", True),
        ("J’ai pu piloter des projets d’envergure internationale.", True),
        ("Consultante spécialisée en paie, motivée par les défis.", True),
        ("J'aimerais mettre mon dynamisme au service de votre équipe.", True),
    ],
}

# CAR-010: a line of a position description; True = it opens with a duty rather than an action.
DUTIES = {
    "en": [
        ("• Cut average lead time from 21 to 14 days (-30%).", False),
        ("• Led a team of 9 planners across 3 sites.", False),
        ("• Managed the S&OP cycle for a €40M business unit.", False),
        ("• Reduction of stock-outs by 25% in 6 months.", False),
        ("Took responsibility for 3 plants and cut stock by 20%.", False),
        ("• Built the demand review from scratch 📈", False),
        ("• Negotiated freight rates with 12 carriers &amp; saved €300k.", False),
        ("• Launched a returns portal used by 4,000 customers.", False),
        ("• Responsible for the S&OP process.", True),
        ("- In charge of 4 plants and their budgets", True),
        ("• Management of the warehouse team.", True),
        ("• Coordination of suppliers across Europe.", True),
        ("Tasked with inventory accuracy.", True),
        ("• Administration of the ERP for the finance department", True),
        ("Duties included month-end closing and reporting.", True),
        ("• Maintenance of the customer database.", True),
    ],
    "fr": [
        ("• Réduit les délais de livraison de 21 à 14 jours.", False),
        ("• Géré des projets ERP pour 3 usines.", False),
        ("• Réduction des stocks de 30 % en un an.", False),
        ("• J'ai piloté le S&OP d'une BU de 40 M€.", False),
        ("• Négocié les tarifs de 12 transporteurs : 300 k€ économisés.", False),
        ("Responsable logistique de 2 sites : stocks réduits de 40 %.", False),
        ("• Lancé un portail de retours utilisé par 4 000 clients 🚀", False),
        ("• Animé des ateliers Lean avec les équipes de production.", False),
        ("• Gestion des stocks et des approvisionnements.", True),
        ("• Suivi des fournisseurs et des commandes.", True),
        ("• Pilotage du S&OP.", True),
        ("• Mise en place d'un WMS dans l'entrepôt de Lyon.", True),
        ("En charge des approvisionnements.", True),
        ("Chargée de la paie et du budget.", True),
        ("• Responsable d’une équipe de 9 techniciens.", True),
        ("• Animation de l'équipe commerciale &amp; des partenaires.", True),
    ],
}

# TXT-006: headlines against the skills of SKILLS; True = the headline names none of them.
HEADLINE_KEYWORDS = {
    "en": [
        ("Supply chain manager | I cut lead times for mid-size manufacturers", False),
        ("S&OP lead · Demand planning · Consumer goods", False),
        ("Planner who forecasts demand for 40 retail stores 📈", False),
        ("Head of procurement at Acme &amp; Co", False),
        ("Inventory manager — spare parts, aerospace", False),
        ("Analyst | #SupplyChain | Lean", False),
        ("Demand planner turning sales history into forecasts", False),
        ("Procurement &amp; sourcing for green energy projects", False),
        ("Helping people grow 🌱", True),
        ("Passionate about people and results", True),
        ("Open to new opportunities", True),
        ("Dad, runner, coffee lover ☕", True),
        ("Head of Sales EMEA | SaaS", True),
        ("Making complex things simple", True),
        ("Team leader at Acme", True),
        ("Former Navy officer, now in tech", True),
    ],
    "fr": [
        ("Responsable des achats industriels", False),
        ("Acheteuse | chaînes d'approvisionnement pour l'agroalimentaire", False),
        ("Directrice supply chain · S&OP · PME", False),
        ("Gestionnaire de stocks – pièces détachées aéronautiques", False),
        ("Je fiabilise les prévisions de ventes des PME 📦", False),
        ("Acheteur projets | relations fournisseurs &amp; négociation", False),
        ("Planificatrice | gestion des stocks | Lean", False),
        ("Consultant #achats et sourcing responsable", False),
        ("Passionnée par l'humain et les défis", True),
        ("En recherche active d'un nouveau poste", True),
        ("Maman, sportive et curieuse 🌿", True),
        ("Directeur commercial grands comptes", True),
        ("Je rends simple ce qui est compliqué", True),
        ("Chef d'équipe chez Acme", True),
        ("Ancien officier de marine, aujourd'hui dans le numérique", True),
        ("Créatrice de liens | Optimiste", True),
    ],
}

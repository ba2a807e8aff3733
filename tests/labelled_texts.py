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

# TXT-007: About sections; True = one of their sentences holds more than 40 words.
LONG_SENTENCES = {
    "en": [
        ("I cut lead times by 30% at Acme. Now I build inventory models for mid-size manufacturers.", False),
        ("• 12 years in supply chain\n• Freed €2.1M of working capital\n• Led 9 planners across 4 plants", False),
        (
            "Planner, then buyer, then head of S&OP: I learnt that one agreed number beats three forecasts, and "
            "that suppliers answer faster when you share your plan with them. Write to me if that sounds like your "
            "team.",
            False,
        ),
        (
            "Hi 👋 I'm Sam. I help SaaS teams price their plans. Last year: +18% revenue per customer at Tilt &amp; Co. "
            "Let's talk!",
            False,
        ),
        ("Data analyst. SQL, Python, Power BI. I turn messy spreadsheets into decisions people trust.", False),
        (
            "Over twelve years in supply chain I have worked for a food company, a pharmaceutical group and a "
            "start-up, where I cut lead times, raised forecast accuracy from 62% to 85% and freed working capital, "
            "and I am now looking for a role where I can lead the S&OP process of a mid-size manufacturer and its "
            "teams.",
            True,
        ),
        (
            "I am a nurse practitioner with a passion for community health and paediatrics who has worked in "
            "hospitals, clinics and schools across three regions over the last fifteen years and who believes that "
            "prevention, education and listening to families are the best medicine that anyone can offer to a "
            "child. Contact me.",
            True,
        ),
        (
            "Short intro. Then one very long sentence about everything I have done in my career so far, including "
            "the projects, the teams, the clients, the countries, the tools, the certifications and the conferences, "
            "which goes on and on because I never learnt to stop writing and to put a full stop where it belongs.",
            True,
        ),
        (
            "• Designer for 10 years\n• I have designed interfaces for banks, insurers, public services, charities "
            "and start-ups in France, Belgium and Canada, always with accessibility in mind, with user research at "
            "every step and with developers in the room from the first sketch to the last release of the product",
            True,
        ),
        (
            "Growth marketer who has launched products in six markets, built teams from scratch twice, managed "
            "budgets of several million euros, spoken at conferences in Paris, London and Berlin, mentored young "
            "marketers, and who is now ready for a new challenge in a company that values creativity and data "
            "equally.",
            True,
        ),
    ],
    "fr": [
        ("J'ai réduit les délais de 30 % chez Acme. Aujourd'hui, j'aide les PME à piloter leurs stocks.", False),
        ("• 12 ans en supply chain\n• 2,1 M€ de BFR libérés\n• 9 planificateurs encadrés sur 4 sites", False),
        (
            "Acheteuse, puis responsable des approvisionnements, j'ai appris qu'un fournisseur répond plus vite quand "
            "on partage son plan avec lui, et qu'une revue hebdomadaire de trente minutes vaut mieux qu'une revue "
            "mensuelle de trois heures. Écrivez-moi !",
            False,
        ),
        (
            "Bonjour 👋 Je suis Inès. J'aide les TPE à tenir leur trésorerie : +25 % de marge chez Bio&amp;Co. "
            "Parlons-en.",
            False,
        ),
        ("Contrôleur de gestion. Budgets, coûts, usines. Je rends les chiffres lisibles pour les équipes.", False),
        (
            "Depuis douze ans dans la supply chain, j'ai travaillé pour un groupe agroalimentaire, un laboratoire "
            "pharmaceutique et une start-up, où j'ai réduit les délais, porté la précision des prévisions de 62 à "
            "85 % et libéré du BFR, et je cherche aujourd'hui un poste où piloter le S&OP d'une ETI industrielle et "
            "ses équipes.",
            True,
        ),
        (
            "Infirmière puéricultrice passionnée par la santé des enfants, j'ai exercé à l'hôpital, en PMI et en "
            "milieu scolaire dans trois départements au cours des quinze dernières années et je suis convaincue que "
            "la prévention, l'éducation et l'écoute des familles sont les meilleurs soins que l'on puisse offrir à "
            "un enfant.",
            True,
        ),
        (
            "Une courte intro. Puis une très longue phrase sur tout ce que j'ai fait jusqu'ici, les projets, les "
            "équipes, les clients, les pays, les outils, les certifications et les conférences, qui continue encore "
            "et encore parce que je n'ai jamais appris à m'arrêter ni à mettre un point là où il le faut vraiment.",
            True,
        ),
        (
            "• Designer depuis 10 ans\n• J'ai conçu des interfaces pour des banques, des assureurs, des services "
            "publics, des associations et des start-up en France, en Belgique et au Canada, toujours avec "
            "l'accessibilité en tête, avec de la recherche utilisateur à chaque étape et avec les développeurs "
            "dès le premier croquis",
            True,
        ),
        (
            "Marketeuse qui a lancé des produits sur six marchés, monté deux équipes de zéro, géré des budgets de "
            "plusieurs millions d'euros, pris la parole à Paris, Londres et Berlin, accompagné de jeunes marketeurs, "
            "et qui est prête aujourd'hui pour un nouveau défi dans une entreprise qui aime autant la créativité que "
            "les données.",
            True,
        ),
    ],
}

# TXT-008: posts of a member whose profile is in the set's language; True = the post is in another language.
POST_LANGUAGES = {
    "en": [
        (
            "What our S&OP meeting taught me this month: one number, agreed by sales and finance, beats three forecasts.",
            False,
        ),
        (
            "Demand planning tip: look at last year's errors before this year's forecast. https://example.com/forecast",
            False,
        ),
        ("Proud of the team 👏 we shipped 4,000 orders in December without a single late truck!", False),
        ("Three lessons from moving our warehouse &amp; what I would do differently next time.", False),
        ("• Stock down 30%\n• Service level up to 97%\n• One happy CFO. Here is how we did it.", False),
        (
            "Ce que notre réunion S&OP m'a appris ce mois-ci : un seul chiffre, validé par les ventes et la finance.",
            True,
        ),
        ("Conseil du jour : regardez les erreurs de l'an dernier avant de faire la prévision de cette année.", True),
        ("Fière de l'équipe 👏 4 000 commandes expédiées en décembre sans un seul camion en retard !", True),
        ("Was unsere S&OP-Runde diesen Monat gezeigt hat: eine gemeinsame Zahl schlägt drei Prognosen.", True),
        (
            "Lo que aprendimos este mes en nuestra reunión de S&OP: un solo número, acordado por ventas y finanzas.",
            True,
        ),
    ],
    "fr": [
        (
            "Ce que notre réunion S&OP m'a appris ce mois-ci : un seul chiffre, validé par les ventes et la finance.",
            False,
        ),
        ("Conseil du jour : regardez les erreurs de l'an dernier avant de faire la prévision de cette année.", False),
        ("Fière de l'équipe 👏 4 000 commandes expédiées en décembre sans un seul camion en retard !", False),
        ("Trois leçons du déménagement de notre entrepôt &amp; ce que je ferais autrement la prochaine fois.", False),
        ("• Stocks -30 %\n• Taux de service à 97 %\n• Une DAF ravie. Voici comment nous avons fait.", False),
        (
            "What our S&OP meeting taught me this month: one number, agreed by sales and finance, beats three "
            "forecasts.",
            True,
        ),
        ("Demand planning tip: look at last year's errors before this year's forecast.", True),
        ("Proud of the team 👏 we shipped 4,000 orders in December without a single late truck!", True),
        ("Was unsere S&OP-Runde diesen Monat gezeigt hat: eine gemeinsame Zahl schlägt drei Prognosen.", True),
        (
            "Quello che abbiamo imparato questo mese nella riunione S&OP: un solo numero, condiviso da vendite e "
            "finanza.",
            True,
        ),
    ],
}

# TXT-011: About texts (should fail: no sentence tells a result with a figure). Dates, years of experience, phone
# numbers, "24/7", codes with digits are not results; a team led or a budget run is a measured scope, and passes.
ABOUT_RESULTS = {
    "en": [
        ("I help mid-size manufacturers ship on time. At Acme I cut lead times by 30%.", False),
        ("Supply chain manager. Brought forecast accuracy from 62% to 85% in 18 months.", False),
        ("• Freed €2.1M of working capital\n• Led a team of 9 planners\n• Write to me!", False),
        ("Product designer 🎨 I redesigned the checkout of a retail app and raised conversion by 12%.", False),
        ("HR partner for 3 plants. We cut time-to-hire from 60 to 35 days.", False),
        ("Sales leader &amp; coach. Grew the EMEA pipeline to $14M in two years.", False),
        ("✅ +25% revenue in 2024\n✅ 40 new accounts\n✅ Churn under 3%", False),
        ("A 30% reduction in churn within 6 months, with a team of 4.", False),
        ("Software engineer. I built a payment service that handles 2,000 transactions a second.", False),
        ("I manage a portfolio of 40 key accounts in the food industry.", False),
        ("Nurse manager since 2016. I trained 25 nurses in paediatric emergencies.", False),
        ("Lean consultant: saved 6 hours a week per planner at Beta Foods.", False),
        ("Sales up 40% in two years with the same team. That is what I do.", False),
        ("Data analyst turning spreadsheets into decisions. My dashboards are used by 300 managers every week.", False),
        ("Recruiter for tech start-ups. Placed 120 engineers since 2019, 90% still in post after a year.", False),
        ("Founder. Raised €1.5M and hired our first 12 people.", False),
        ("Supply chain professional with 12 years of experience, passionate about people.", True),
        ("Based in Lyon since 2015. I love solving problems with great teams.", True),
        ("Call me on +33 6 12 34 56 78 or write to sam.jones@example.com.", True),
        ("Available 24/7 for my clients. Rigorous, curious and a team player.", True),
        ("Certified ISO 9001 lead auditor, passionate about Industry 4.0.", True),
        ("B2B marketer. I believe in content that helps people do their jobs better.", True),
        ("20+ years in finance. I enjoy turning complex problems into simple plans.", True),
        ("Passionate about logistics 🚚 Results-driven, team player, always learning.", True),
        ("Experience: Acme (2016-2020), Beta Foods (2020-today). Languages: English, French.", True),
        ("I run the monthly S&OP cycle and coordinate sales, finance and production.", True),
        ("Follow me for tips on #supplychain and #Industry40.", True),
        ("I doubled our sales and tripled our margin. Let's talk.", True),
        ("Graduated in 2012 from HEC. 1st prize of the 2019 logistics challenge.", True),
        ("My mission: help 1st-time managers grow. Contact: 020 7946 0958.", True),
        ("Engineer at heart, manager by choice. I believe good planning is a team sport.", True),
        ("Open to new opportunities from 01/03/2027. Web3 and AI enthusiast.", True),
        ("Over the last 3 years my team shipped 14 releases with zero downtime.", False),
        ("I speak 4 languages and love travelling.", False),
        ("Top 5% of sales reps at Oracle in FY2023.", False),
        ("Reduced scrap rate by half and onboarded 6 suppliers.", False),
        ("Twelve years in retail banking. Ask me about mortgages.", True),
        ("Find my portfolio at https://sam.example.com/2024/work and my phone: (555) 123-4567.", True),
        ("Class of 2009, MBA 2015, PMP since 2018.", True),
    ],
    "fr": [
        ("J&#39;accompagne les PME industrielles. Chez Acme, j'ai réduit les stocks de 2 M€ en un an.", False),
        ("Acheteuse depuis 2012.\n• +18 % de marge sur les achats indirects en deux ans", False),
        ("Responsable supply chain. J'ai porté la précision des prévisions de 62 à 85 %.", False),
        ("• Réduction des stocks de 20 % en 18 mois\n• Encadrement de 9 personnes", False),
        ("Directrice commerciale 🚀 J'ai doublé le CA de ma région : 4,2 M€ en 2024.", False),
        ("Hausse de 12 % du taux de service en un an, sans stock supplémentaire.", False),
        ("Développeur Python. Mon équipe a divisé par 3 le temps de réponse de l'API.", False),
        ("J'encadre une équipe de 12 techniciens sur deux sites.", False),
        ("Infirmière depuis 2010, j'ai formé 30 collègues aux gestes d'urgence.", False),
        ("Contrôleuse de gestion : 1,2 M€ d'économies identifiées sur les frais généraux.", False),
        ("Recruteur IT. 80 développeurs recrutés depuis 2020, dont 90 % toujours en poste.", False),
        ("Consultante SIRH. J'ai déployé Workday pour 5 000 salariés dans 6 pays.", False),
        ("✅ Stocks -30 %\n✅ Taux de service à 97 %\n✅ Une DAF ravie", False),
        ("Chef de projet digital : nous avons lancé l'appli en 4 mois, 50 000 téléchargements.", False),
        ("Formatrice en management. Plus de 500 managers formés depuis 2018.", False),
        ("Fondateur. Nous avons levé 1,5 M€ et recruté nos 12 premiers salariés.", False),
        ("Passionnée par la supply chain depuis 2010, je travaille en B2B.", True),
        ("J'ai 15 ans d'expérience dans la logistique et j'aime les défis.", True),
        ("Disponible 7j/7, joignable au 06 12 34 56 78.", True),
        ("Certifiée ISO 9001 et convaincue par l'industrie 4.0 🏭", True),
        ("Rigoureuse, curieuse, esprit d'équipe : je mets mon énergie au service de vos projets.", True),
        ("Basé à Lyon depuis 2015, ouvert aux opportunités en Rhône-Alpes.", True),
        ("Parcours : Acme (2016-2020), Beta Foods (2020-aujourd'hui). Langues : anglais, espagnol.", True),
        ("Je pilote le S&OP mensuel et j'anime la revue de la demande avec les ventes.", True),
        ("Plus de 20 ans dans la finance d'entreprise, au service des dirigeants.", True),
        ("Suivez-moi pour des conseils #supplychain et #Industrie40.", True),
        ("J'ai doublé le chiffre d'affaires de mon agence. Parlons-en !", True),
        ("Diplômée de l'ESSEC en 2012. 1er prix du challenge logistique 2019.", True),
        ("Mon objectif : accompagner les managers dans leur 1re prise de poste. Tél. : +33 (0)4 72 00 00 00", True),
        ("Ingénieure de formation, manager par choix, convaincue que la planification est un sport d'équipe.", True),
        ("Disponible à partir du 01/03/2027 pour une mission en Île-de-France.", True),
        ("Accompagnement 24h/24 de vos équipes, en français et en anglais.", True),
        ("J'ai accompagné plus de 40 entreprises dans leur transformation.", False),
        ("Ventes multipliées par 2 en trois ans.", False),
        ("Je gère un budget de 3 M€ et une équipe de 15 personnes.", False),
        ("Économies annuelles : 450 k€ sur le transport.", False),
        ("• Temps de chargement réduit de 40 %\n• Revue produit trimestrielle avec la direction", False),
        ("Délais fournisseurs divisés par 2 en un an.", False),
        ("Depuis 2008, j'interviens auprès des PME de la région.", True),
        ("Consultant SAP S/4HANA, 10 ans de projets ERP.", True),
        ("Maman de 3 enfants, passionnée de course à pied.", True),
        ("Mon numéro : 04 72 12 34 56, mon mail : lea@exemple.fr.", True),
    ],
}

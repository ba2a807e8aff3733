"""A held-out labelled set for the text rules, written from the rules' documentation only (`linkedin-audit explain
CODE`), without reading their code or the tuned sets (tests/labelled_texts.py, tests/labelled_texts_words.py), and
committed before anything was run against it. Invented people and companies only (no real person's data).

Same shapes as the tuned sets, so that `tests/test_labelled_texts.py` judges both with one harness; True = the rule
should fail on (or, for PRO-007, count a cliché in; for CAR-010, find a duty line in) the text. A different field
from the tuned sets on purpose: software pricing and customer success in English, human resources in French.
Current roles of TENSES are labelled as judged with `current_min_sentences` = 2 (the documentation's own example)."""

from __future__ import annotations

# The member's skills (TXT-005 posts on topic, TXT-006 headline keyword).
SKILLS = {
    "en": (
        "Pricing",
        "Customer success",
        "SQL",
        "Data visualization",
        "Churn",
        "Product management",
        "Onboarding",
        "B2B sales",
    ),
    "fr": (
        "Recrutement",
        "Marque employeur",
        "Paie",
        "Formation",
        "Droit du travail",
        "Entretien annuel",
        "Onboarding",
        "Ressources humaines",
    ),
}

# TXT-001: headlines.
HEADLINES = {
    "en": [
        ("Pricing lead at Kestrel Analytics | I help SaaS teams charge for value", False),
        ("Customer success manager · B2B SaaS · Leeds", False),
        ("Data analyst | SQL, dbt & Looker", False),
        ("Full-stack developer (Node.js, Vue.js)", False),
        ("Head of Product @ Orlo Health | ex-Quillon", False),
        ("VP Sales EMEA | SaaS | Fintech", False),
        ("Product designer 👩‍💻 | London 🇬🇧", False),
        ("Making pricing simple for B2B founders!", False),
        ("Analytics engineer · I turn raw data into decisions 📊", False),
        ("R&amp;D data scientist | NLP &amp; forecasting", False),
        ("Consultant — pricing and packaging for SaaS", False),
        ("CEO & co-founder at Quillon | AI for HR teams", False),
        ("Customer success lead | Writing about churn at kestrel.io/notes", False),
        ("Open to work: pricing or revenue operations roles", False),
        ("Revenue operations | Grew ARR from 3.5M to 12M in two years", False),
        ("Pricing lead | SaaS | B2B |", True),
        ("| Customer success manager at Kestrel", True),
        ("Data analyst || SQL | Looker", True),
        ("Product manager / / Payments", True),
        ("Head of pricing at Orlo Health.", True),
        ("Analytics engineer, dbt, SQL,", True),
        ("Customer success lead:", True),
        ("Pricing lead.Helping SaaS teams charge for value", True),
        ("Data analyst,SQL and Python", True),
        ("CUSTOMER SUCCESS MANAGER | SAAS", True),
        ("Growth marketer 🚀🔥💡📈", True),
        ("Founder 👩‍💻 | Speaker 🎤 | Runner 🏃‍♀️", True),
        ("• Product designer • Mobile apps", True),
        ("Sales director EMEA -", True),
    ],
    "fr": [
        ("Chargée de recrutement tech · Lyon · Je trouve les développeurs que personne ne trouve", False),
        ("Ingénieur·e pédagogique | Formations courtes et utiles", False),
        ("Gestionnaire de paie | ADP, Silae & Sage", False),
        ("Juriste en droit social – Conseil aux PME", False),
        ("DRH | PME industrielles | Auvergne-Rhône-Alpes", False),
        ("Responsable formation chez Brisach Conseil 🎓", False),
        ("Recruteuse tech 🇫🇷 🇬🇧", False),
        ("Consultante RH indépendante · 2,5 jours par semaine pour les PME", False),
        ("J'aide les PME à recruter sans stress !", False),
        ("Ressources humaines &amp; relations sociales | Vélodrome Textiles", False),
        ("Fondatrice de brisach.fr | Marque employeur", False),
        ("Office manager / assistante de direction", False),
        ("Coach certifiée ICF · Leadership au féminin", False),
        ("Formatrice en droit du travail (CSE, SSCT)", False),
        ("Responsable RH France & Benelux", False),
        ("Chargée de recrutement | Tech |", True),
        ("/ Juriste en droit social", True),
        ("Gestionnaire de paie || ADP · Silae", True),
        ("Responsable formation - - Industrie", True),
        ("DRH de transition.", True),
        ("Consultante RH ;", True),
        ("Recruteuse tech :", True),
        ("Juriste en droit du travail.Conseil aux PME", True),
        ("Formatrice,coach et conférencière", True),
        ("RESPONSABLE RESSOURCES HUMAINES", True),
        ("Chasseuse de têtes 🎯🚀💼✨", True),
        ("DIRECTRICE DES RESSOURCES HUMAINES | Groupe Brisach", True),
        ("• Office manager • Lyon", True),
        ("Consultante en paie ·", True),
    ],
}

# TXT-002: position descriptions (text, current role?, the rule should fail).
TENSES = {
    "en": [
        ("• Led a team of 5 analysts.\n• Built the churn dashboard.", False, False),
        ("Rebuilt the pricing model. Trained 40 sales reps on it.", False, False),
        ("I ran customer success for the Nordics and grew renewals by 12%. I hired three CSMs.", False, False),
        ("In 2021 I launched our partner programme. It signed 14 partners in a year.", False, False),
        ("• Managed renewals for 200 accounts.\n• Lead the onboarding squad.", False, False),
        ("Designed the onboarding e-mails. Cut time-to-value from 14 to 6 days.", False, False),
        ("• Lead a team of 5 analysts.\n• Build the churn dashboards.\n• Present results to the board.", False, True),
        ("I manage renewals for 200 accounts. I run the quarterly business reviews.", False, True),
        (
            "Own the billing roadmap. Work with finance on revenue recognition. Launched the new invoice template.",
            False,
            True,
        ),
        ("• Manages a team of four.\n• Negotiates contracts with cloud vendors.", False, True),
        ("As head of pricing, I define list prices and approve every discount above 20%.", False, False),
        ("Since 2019 I lead the analytics guild. I also coach junior analysts every week.", False, True),
        ("• Managed the pricing committee.\n• Negotiated the AWS contract.\n• Hired two analysts.", True, True),
        ("I launched our customer academy and wrote its first twelve courses.", True, False),
        ("Lead a team of 6 CSMs. Reduced churn by 3 points last year.", True, False),
        ("I run pricing for the EMEA region. I built our discount matrix in 2024.", True, False),
        ("Built the data warehouse. Migrated 60 dashboards to Looker. Trained every team lead.", True, True),
        ("Oversaw the rollout of the new CRM. Cut manual reporting by half.", True, False),
        ("• Coaching new managers.\n• Running the quarterly reviews.", True, False),
        ("Was responsible for the billing migration. Delivered it two weeks early.", True, True),
        ("I negotiated our three largest renewals and then I hired a deputy.", True, False),
    ],
    "fr": [
        ("• Réduit les délais de paie de 3 jours.\n• Animé le comité social.", False, False),
        (
            "J'ai piloté le recrutement de 60 techniciens. J'ai mis en place un parcours d'intégration.",
            False,
            False,
        ),
        ("Je pilotais la paie de trois filiales. Je coordonnais les audits sociaux.", False, False),
        ("Pilotage du plan de formation. Suivi des entretiens annuels.", False, False),
        (
            "• Encadre une équipe de 4 gestionnaires.\n• Négocié les accords annuels.\n• Mis en place la BDESE.",
            False,
            False,
        ),
        (
            "• Je pilote les recrutements cadres.\n• J'encadre 3 chargées de recrutement.\n"
            "• Je gère la relation avec les cabinets.",
            False,
            True,
        ),
        ("Gère la paie de 800 salariés. Anime le réseau des référents RH.", False, True),
        (
            "Depuis 2018, j'accompagne les managers dans leurs recrutements. Je forme aussi les nouveaux arrivants.",
            False,
            True,
        ),
        (
            "Conçoit et anime les formations managériales. Pilote le budget formation. A lancé une offre e-learning.",
            False,
            True,
        ),
        ("Responsable paie et administration du personnel pour le site de Lyon.", False, False),
        (
            "Je négocie les accords d'entreprise avec les partenaires sociaux et je prépare les réunions du CSE.",
            False,
            False,
        ),
        ("• Recruté 40 commerciaux.\n• Lancé la cooptation.\n• Refondu le site carrières.", True, True),
        ("Je pilote la marque employeur du groupe. J'ai lancé en 2024 un programme d'ambassadeurs.", True, False),
        ("J'ai conduit la réorganisation du service RH et j'ai recruté deux gestionnaires.", True, False),
        ("J'ai négocié l'accord télétravail. J'ai déployé le nouveau SIRH.", True, True),
        ("Accompagne les managers au quotidien. Réduit le turnover de 18 % à 11 %.", True, False),
        ("Animation des ateliers de formation. Gestion du plan de développement des compétences.", True, False),
        ("Je recrutais les profils tech et je formais les managers aux entretiens.", True, False),
        ("Piloté la refonte des fiches de poste. Organisé 12 forums écoles.", True, True),
        ("Je dirige une équipe de 6 personnes. Je suis en charge de la paie.", True, False),
        ("Je gérais les relations sociales. J'ai négocié deux accords.", True, True),
    ],
}

# TXT-003: pairs of position descriptions (a, b, a copy).
_EN_BILLING = (
    "Led the pricing committee and rebuilt the discount rules. Cut the average discount from 22% to 14% in a year."
)
_EN_QBR = (
    "• Ran quarterly business reviews with 30 enterprise accounts.\n• Built the renewal forecast in SQL.\n"
    "• Trained new CSMs on the renewal playbook."
)
_EN_LONG = (
    "Owned the self-serve funnel from sign-up to first invoice. Rewrote the onboarding e-mails with product "
    "marketing. Set up weekly cohort reviews with the growth team. Moved trial length from 30 to 14 days after a "
    "test. Documented every experiment in a shared log."
)
_FR_PAIE = (
    "Pilotage de la paie de 450 salariés et des relations avec les organismes sociaux. Passage à la DSN sans "
    "aucun retard de versement."
)
_FR_RECRUT = (
    "• Recrutement des profils techniques pour trois sites.\n• Animation des relations écoles et des forums.\n"
    "• Mise en place d'un parcours d'intégration de 90 jours."
)
_FR_LONG = (
    "J'ai conduit la refonte des entretiens annuels avec les managers. J'ai formé 60 managers à la conduite des "
    "entretiens. J'ai négocié l'accord sur le télétravail avec le CSE. J'ai lancé un baromètre social deux fois par "
    "an. J'ai réduit le turnover des techniciens de 18 % à 11 %."
)
COPIES = {
    "en": [
        (_EN_BILLING, _EN_BILLING, True),
        (_EN_BILLING, _EN_BILLING.replace("22% to 14%", "25% to 12%"), True),
        (
            _EN_QBR,
            "• Built the renewal forecast in SQL.\n• Trained new CSMs on the renewal playbook.\n"
            "• Ran quarterly business reviews with 45 enterprise accounts.",
            True,
        ),
        (_EN_BILLING, _EN_BILLING + " Hired and coached two pricing analysts.", True),
        (
            "Managed onboarding for new customers, from kick-off to first value. Wrote the onboarding checklist.",
            "managed onboarding for new customers - from kick off to first value. wrote the onboarding checklist",
            True,
        ),
        (
            "At Kestrel I owned the billing roadmap and shipped usage-based invoicing for 300 customers.",
            "At Orlo I owned the billing roadmap and shipped usage-based invoicing for 120 customers.",
            True,
        ),
        (
            "Pricing &amp; packaging for the SMB plans; ran 6 experiments on the checkout page.",
            "Pricing & packaging for the SMB plans; ran 9 experiments on the checkout page.",
            True,
        ),
        (
            _EN_LONG,
            _EN_LONG.replace("30 to 14 days", "21 to 7 days").replace("growth team", "growth squad"),
            True,
        ),
        (_EN_QBR, "Same mission, new company.\n" + _EN_QBR, True),
        (_EN_LONG, _EN_LONG.replace(" Documented every experiment in a shared log.", ""), True),
        (
            "Launched the partner programme and signed 14 resellers in the first year.",
            "Moved support to a follow-the-sun model and cut first response time to two hours.",
            False,
        ),
        (
            "Kestrel Analytics builds churn models for SaaS companies. I built the data pipeline in dbt. I cut the "
            "nightly load from 4 hours to 40 minutes.",
            "Kestrel Analytics builds churn models for SaaS companies. I ran customer interviews with 25 accounts. "
            "I wrote the first public pricing page.",
            False,
        ),
        ("Freelance pricing missions.", "Freelance pricing missions.", False),
        (
            "Managed renewals for 200 mid-market accounts and lifted gross retention to 94%.",
            "Looked after around two hundred mid-size customers at renewal time; retention went up to 94 percent.",
            False,
        ),
        (
            "• Built the churn model for the board.\n• Presented it every quarter.\n• Hired two analysts for it.",
            "• Built a pricing calculator for sales.\n• Shipped it to 40 reps.\n• Hired one designer to polish it.",
            False,
        ),
        (
            _EN_LONG,
            "Owned the self-serve funnel from sign-up to first invoice. Rewrote the onboarding e-mails with product "
            "marketing. Negotiated the data warehouse contract. Ran the yearly customer survey. Hired the first "
            "support engineer.",
            False,
        ),
        (
            "Account executive, Nordics. Closed 34 new logos in 2023 and opened the Finnish market.",
            "Account executive, Benelux. Built the channel with two distributors and won a first public tender.",
            False,
        ),
        (
            "Reporting to the CFO. Built the three-year revenue model. Ran the annual budget with every department.",
            "Reporting to the CFO. Negotiated our cloud contracts. Set up monthly business reviews with sales.",
            False,
        ),
        (
            "Ran the customer advisory board and turned its feedback into the 2024 roadmap.",
            "Wrote the public API documentation and answered developer questions on the forum.",
            False,
        ),
        (
            "Led churn analysis for the mid-market segment and presented findings to leadership every month.",
            "Led pricing research for the enterprise segment, with interviews of 30 buyers and a conjoint survey.",
            False,
        ),
    ],
    "fr": [
        (_FR_PAIE, _FR_PAIE, True),
        (_FR_PAIE, _FR_PAIE.replace("450", "1 200"), True),
        (
            _FR_RECRUT,
            "• Animation des relations écoles et des forums.\n• Mise en place d'un parcours d'intégration de 60 jours."
            "\n• Recrutement des profils techniques pour trois sites.",
            True,
        ),
        (_FR_PAIE, _FR_PAIE + " Encadrement de deux gestionnaires de paie.", True),
        (
            "Refonte du processus d'entretien annuel, de la trame aux formations des managers.",
            "refonte du processus d’entretien annuel : de la trame aux formations des managers",
            True,
        ),
        (
            "Chez Brisach, j'ai piloté la marque employeur et lancé un programme d'ambassadeurs de 40 salariés.",
            "Chez Vélodrome, j'ai piloté la marque employeur et lancé un programme d'ambassadeurs de 15 salariés.",
            True,
        ),
        (
            "Paie &amp; administration du personnel pour les sites de Lyon et de Grenoble, 600 bulletins par mois.",
            "Paie & administration du personnel pour les sites de Lyon et de Grenoble, 650 bulletins par mois.",
            True,
        ),
        (_FR_LONG, _FR_LONG.replace("18 % à 11 %", "22 % à 14 %").replace("60 managers", "45 managers"), True),
        (_FR_RECRUT, "Même mission, nouvelle entreprise.\n" + _FR_RECRUT, True),
        (_FR_LONG, _FR_LONG.replace(" J'ai lancé un baromètre social deux fois par an.", ""), True),
        (
            "Lancement d'un programme d'alternance de 12 postes avec deux écoles d'ingénieurs.",
            "Négociation d'un accord sur le télétravail signé par les trois organisations syndicales.",
            False,
        ),
        (
            "Brisach Conseil accompagne les PME industrielles dans leurs recrutements. J'ai créé le pôle tech. "
            "J'ai recruté 35 développeurs en deux ans.",
            "Brisach Conseil accompagne les PME industrielles dans leurs recrutements. J'ai formé les consultants "
            "juniors. J'ai ouvert le bureau de Grenoble.",
            False,
        ),
        ("Missions de paie en freelance.", "Missions de paie en freelance.", False),
        (
            "Gestion des recrutements de 200 saisonniers par an pour les hôtels du groupe.",
            "Chaque année, j'embauchais environ deux cents saisonniers pour les établissements de l'entreprise.",
            False,
        ),
        (
            "• Créé le baromètre social de l'entreprise.\n• Présenté les résultats au comité de direction.\n"
            "• Recruté deux chargées de mission.",
            "• Créé un parcours de formation pour les managers.\n• Déployé le parcours sur 5 sites.\n"
            "• Recruté un formateur interne.",
            False,
        ),
        (
            _FR_LONG,
            "J'ai conduit la refonte des entretiens annuels avec les managers. J'ai formé 60 managers à la conduite "
            "des entretiens. J'ai piloté le plan de sauvegarde de l'emploi du site de Roanne. J'ai choisi et déployé "
            "un nouveau SIRH. J'ai ouvert un centre de services partagés à Lyon.",
            False,
        ),
        (
            "Chargée de recrutement, région Ouest. Recruté 50 techniciens de maintenance en 2023.",
            "Chargée de recrutement, région Est. Ouvert le partenariat avec France Travail et trois lycées pros.",
            False,
        ),
        (
            "Rattachée au DRH. Refonte de la grille des salaires. Préparation des négociations annuelles.",
            "Rattachée au DRH. Déploiement du logiciel de paie. Audit des contrats des intérimaires.",
            False,
        ),
        (
            "J'ai animé le réseau des référents RH et organisé leur séminaire annuel à Annecy.",
            "J'ai conçu le guide du manager et l'ai traduit en anglais pour les filiales.",
            False,
        ),
        (
            "Responsable du recrutement cadres pour la France, avec des cabinets et en direct sur LinkedIn.",
            "Responsable de la paie des cadres dirigeants, de la rémunération variable et des stock-options.",
            False,
        ),
    ],
}

# TXT-004: Abouts (the rule should fail: no invitation at the end).
ABOUTS = {
    "en": [
        (
            "I help SaaS companies price their products. Ten years, four companies, one obsession: charging for "
            "value. If you are rethinking your pricing, write to me.",
            False,
        ),
        (
            "Customer success lead at Kestrel Analytics. I turn renewals into a process, not a prayer. Feel free to "
            "reach out if you want to compare notes on churn.",
            False,
        ),
        ("Pricing, packaging and a lot of spreadsheets. Let's talk: nadia@kestrel.io", False),
        ("Data analyst for health-care teams. I build dashboards nurses actually use. Drop me a message here.", False),
        (
            "I run B2B sales for Quillon in Central Europe. You can reach me at +44 20 7946 0123 or here on LinkedIn.",
            False,
        ),
        (
            "I write every month about onboarding and retention.\n\nMy newsletter: https://kestrel.io/notes",
            False,
        ),
        (
            "Product manager for payments. I love hard trade-offs. Get in touch if your onboarding needs a fresh pair "
            "of eyes.\n\n#saas #customersuccess",
            False,
        ),
        (
            "I design data visualizations for boards and regulators. Always happy to chat about dashboards: book a "
            "slot at calendly.com/nadia-f.",
            False,
        ),
        ("Analytics engineer, dbt and SQL. I document everything. Don&#39;t hesitate to contact me.", False),
        ("Open to new opportunities in pricing from January. Contact me: tomasz.w@quillon.eu", False),
        (
            "Twelve years in customer success, from start-ups to a listed company. Want to talk renewals? Send me a "
            "message.",
            False,
        ),
        ("I help SaaS companies price their products. I have 12 years of experience in B2B pricing.", True),
        (
            "Write to me if you want to talk pricing. I have worked at four start-ups. I love hiking in the Alps at "
            "weekends.",
            True,
        ),
        (
            "Pricing lead at Orlo Health. I never reach out to recruiters; they find me. Today I lead a team of five.",
            True,
        ),
        ("Customer success lead. I believe retention is a team sport. Outside work: cycling and bad puns.", True),
        (
            "I run sales for a bootstrapped SaaS. My goal for 2027: reach 1,000 paying customers with a team of ten.",
            True,
        ),
        (
            "Data visualization is my craft. I have built dashboards for hospitals, banks and retailers since 2015.",
            True,
        ),
        ("Ten years in pricing. Four companies. One obsession: charging for value. 💡", True),
        ("Previously at Orlo Health and Quillon. Fluent in English, Polish and French.", True),
        (
            "I help B2B teams build onboarding that sticks: fewer tickets, faster first value, happier customers.",
            True,
        ),
        ("Analytics engineer. I write SQL and dbt models, document everything and sleep well.", True),
    ],
    "fr": [
        (
            "J'accompagne les PME dans leurs recrutements depuis dix ans. Vous cherchez un regard neuf sur vos "
            "annonces ? Écrivez-moi.",
            False,
        ),
        (
            "Juriste en droit social, je conseille les dirigeants de PME. N'hésitez pas à me contacter pour en parler.",
            False,
        ),
        ("Marque employeur, recrutement, onboarding. Parlons-en : ines.garnier@brisach.fr", False),
        ("Gestionnaire de paie indépendante, j'interviens en Savoie. Contactez-moi au 06 12 34 56 78.", False),
        (
            "J'aide les équipes RH à simplifier leurs process.\n\nMon agenda est ouvert : https://brisach.fr/rdv",
            False,
        ),
        ("Formatrice en prise de parole. Échangeons autour d'un café, en vrai ou en visio !", False),
        (
            "DRH de transition depuis 2015. J'interviens dans les moments de changement. Je serais ravie d'échanger "
            "avec vous.",
            False,
        ),
        ("Recruteuse tech à Lyon. Vous recrutez des développeurs ? Envoyez-moi un message ici.", False),
        (
            "Consultante en marque employeur. Vous pouvez m&#39;écrire à l&#39;adresse ines@brisach.fr.",
            False,
        ),
        (
            "Nous gérons la paie de 300 PME. Une question sur la paie des apprentis ? Écrivez-nous, nous répondons "
            "sous 48 h.",
            False,
        ),
        ("Recruteuse tech à Lyon. Pour me joindre : m.kerbrat@velodrome.fr", False),
        (
            "J'accompagne les PME dans leurs recrutements depuis dix ans. J'ai travaillé pour trois cabinets et une "
            "start-up.",
            True,
        ),
        ("Écrivez-moi si vous recrutez. J'ai dix ans d'expérience. J'aime la randonnée et la photo.", True),
        ("Juriste en droit social, je conseille les dirigeants de PME. Mon credo : prévenir plutôt que guérir.", True),
        (
            "Chargée de recrutement. Je n'hésite pas à dire non quand un recrutement est mal engagé. C'est ce qui "
            "fait ma valeur.",
            True,
        ),
        ("Formatrice depuis 2012. Plus de 3 000 personnes formées. Toujours la même envie.", True),
        (
            "Recruteuse dans le BTP. Mon objectif : contacter chaque candidat sous 48 heures, même pour un refus.",
            True,
        ),
        ("Responsable paie chez Vélodrome Textiles. 800 bulletins par mois, zéro retard depuis trois ans.", True),
        ("Je crois à des RH simples, humaines et mesurables.", True),
        (
            "DRH de transition, j'interviens dans les moments de crise : restructurations, fusions, départs soudains.",
            True,
        ),
        (
            "Ancienne avocate, aujourd'hui formatrice en droit du travail. Mère de deux enfants, passionnée de voile.",
            True,
        ),
    ],
}

# TXT-005: posts (the post is off topic for SKILLS).
POSTS = {
    "en": [
        (
            "Three lessons from moving our pricing to usage-based billing last quarter: talk to customers first, "
            "protect loyal accounts, publish the change early.",
            False,
        ),
        (
            "Our customer success team halved time-to-value this year. Here is the playbook we used, step by step.",
            False,
        ),
        ("A SQL window function saved me two hours of spreadsheet pain today. Small thing, big smile.", False),
        (
            "Churn is rarely about the product alone: in our last 40 exit interviews, the first weeks came up first.",
            False,
        ),
        (
            "New article: why your data visualizations confuse executives, and five fixes that take ten minutes.",
            False,
        ),
        (
            "What I learned running B2B sales calls for a year as an engineer: listen twice as long as you talk.",
            False,
        ),
        ("#pricing experiments are cheaper than you think. We ran four this spring with a feature flag.", False),
        (
            "Onboarding checklists are not onboarding. Users need a first win in five minutes, not a tour of every "
            "button.",
            False,
        ),
        ("A simple cohort table predicted churn better than any fancy model we tried in 2025.", False),
        ("Thread on #CustomerSuccess metrics that actually predict renewals: logins lie, outcomes don't.", False),
        (
            "Product management in a 10-person start-up means saying no to your biggest customer, politely, every "
            "week.",
            False,
        ),
        ("Hiring: a senior analyst who loves SQL and explaining numbers to humans. Remote within Europe.", False),
        ("Back from two weeks in Portugal with the kids. Best pastéis de nata ever, no laptop, no regrets! ☀️", True),
        ("Monday motivation: the only way to do great work is to love what you do.", True),
        ("Congratulations to my sister on finishing her first marathon, so proud of you!", True),
        ("Our office dog Pixel turned three today and got more cake than any of us.", True),
        ("Happy to share that I passed my driving test at 38. Never too late.", True),
        (
            "Great panel at the Lyon Tech Summit on remote work and team rituals, thank you to the organisers.",
            True,
        ),
        ("We are moving to a new office next month, closer to the station and with a real kitchen.", True),
        ("Reading list for the holidays: three novels and one book about mountains. Suggestions welcome.", True),
        # Labelled True at first; on topic as documented: posts are compared on lemmas, and the documentation's own
        # example has "forecasts" match "forecasting" (lemma "forecast"): "prices" matches "pricing" the same way.
        ("Prices of coffee at the station went up again, time to bring a thermos to work.", False),
        ("Customer service at my bank kept me on hold for forty minutes this morning.", True),
        ("Proud to have volunteered at the food bank this weekend with colleagues from Kestrel.", True),
    ],
    "fr": [
        (
            "Trois erreurs que je vois dans les annonces de recrutement : trop de jargon, pas de salaire, et aucune "
            "info sur l'équipe.",
            False,
        ),
        (
            "La marque employeur ne se décrète pas : elle se construit avec les salariés, pas avec une agence.",
            False,
        ),
        ("Clôture de paie ce soir, café serré et fichier de variables enfin complet 😅", False),
        ("Nouvelle réforme : ce qui change pour les entretiens annuels en 2027, en cinq points.", False),
        (
            "Nos nouvelles recrues ont toutes eu un vrai onboarding cette année : binôme, feuille de route et "
            "déjeuner d'équipe.",
            False,
        ),
        (
            "Une formation courte et concrète vaut mieux qu'un catalogue de cinquante modules que personne n'ouvre.",
            False,
        ),
        (
            "Rappel de droit du travail : un avertissement doit être notifié dans le mois qui suit l'entretien "
            "préalable.",
            False,
        ),
        (
            "Les ressources humaines ne sont pas un service support : c'est là que se joue la fidélité des équipes.",
            False,
        ),
        ("#Recrutement : nous cherchons une alternante RH pour septembre, à Lyon. Écrivez-moi !", False),
        (
            "Retour sur nos formations managériales : 92 % de participants satisfaits, et surtout des pratiques "
            "qui changent.",
            False,
        ),
        ("Petit fil sur la #paie des apprentis : ce que beaucoup de logiciels calculent encore mal.", False),
        ("Le recrutement sans CV, six mois après : nos chiffres et nos surprises.", False),
        ("Dix jours en Crète sans téléphone : je recommande à tout le monde. 🌊", True),
        ("Bravo à mon fils qui a eu son bac avec mention, tellement fière de lui !", True),
        (
            "Citation du lundi : « Le succès, c'est d'aller d'échec en échec sans perdre son enthousiasme. »",
            True,
        ),
        ("Nous déménageons nos bureaux à Villeurbanne le mois prochain, plus près du métro.", True),
        ("Belle soirée au gala de l'association sportive, merci aux bénévoles pour leur énergie.", True),
        ("Ma tarte aux pralines pour le goûter d'équipe a fait l'unanimité vendredi.", True),
        (
            "La transformation digitale des PME passe d'abord par des outils simples et bien choisis.",
            True,
        ),
        ("Je paie enfin mes impôts en ligne sans stress, merci la nouvelle interface.", True),
        ("Semi-marathon de Lyon bouclé en 1 h 52, objectif atteint pour mes 40 ans !", True),
        ("Le télétravail a changé nos déjeuners d'équipe, mais pas nos fous rires.", True),
        ("Merci à toutes les personnes venues à notre vernissage samedi, quelle belle énergie.", True),
    ],
}

# PRO-007: headline and About sentences (at least one listed cliché is used, as a claim).
CLICHES = {
    "en": [
        ("Passionate product manager with extensive experience in B2B payments.", True),
        ("Results-driven pricing lead | I help SaaS teams charge what they are worth", True),
        ("A creative problem solver who loves messy data.", True),
        ("I am a dedicated customer success manager based in Leeds.", True),
        ("Strategic thinker. Team player. Coffee lover.", True),
        ("Proven track record of growing net revenue retention above 115%.", True),
        ("Highly motivated analyst looking for my next challenge.", True),
        ("I lead an innovative team of four engineers.", True),
        ("Experienced buyer from the automotive industry, now moving into SaaS procurement.", True),
        ("Pragmatic and focused analyst who ships small dashboards often.", True),
        ("Ten years in fast-paced start-ups taught me to ship small and often.", True),
        ("I&#39;m a skilled negotiator and an excellent listener.", True),
        ("Ten years of pricing work have driven me to one conclusion: talk to customers.", False),
        ("What motivated our switch to usage-based pricing? Three lost deals in a month.", False),
        ("My passion is turning churn data into decisions.", False),
        ("I took on more responsibility each year, from analyst to head of pricing.", False),
        ("We focused our roadmap on onboarding and cut time-to-value in half.", False),
        ("I dedicated two years to rebuilding our billing system from scratch.", False),
        ("Our customers experienced fewer outages after we moved to the new provider.", False),
        ("Strategy, for me, means choosing what not to build.", False),
        ("I cut churn from 9% to 5% by rebuilding onboarding around the first invoice.", False),
        ("Innovation happens when support and product sit at the same table.", False),
        ("Creativity is overrated; consistency ships products.", False),
        ("The audit determined that our pricing pages confused buyers.", False),
    ],
    "fr": [
        ("Commerciale dynamique et motivée, je développe les ventes en Rhône-Alpes.", True),
        ("Responsable des ressources humaines chez Brisach Conseil", True),
        ("Passionnée par le recrutement depuis dix ans.", True),
        ("Experte en droit du travail et en relations sociales.", True),
        ("Une approche créative de la formation des managers.", True),
        ("J'ai pu accompagner plus de 300 recrutements en trois ans.", True),
        ("Consultante spécialisée en marque employeur pour les PME industrielles.", True),
        ("Je mets mon sens aigu de l'écoute au service des candidats.", True),
        ("J'aimerais rejoindre une entreprise à impact.", True),
        ("Un regard stratégique sur vos politiques de rémunération.", True),
        ("Il a fallu réorganiser tout le service paie en six semaines.", True),
        ("Des solutions RH innovantes pour les entreprises de taille intermédiaire.", True),
        ("Ce projet m'a motivée à reprendre mes études de droit.", False),
        ("Le droit social me passionne depuis mon premier stage.", False),
        ("Ma passion : faire grandir les équipes.", False),
        ("J'ai réduit le délai de recrutement de 45 à 28 jours.", False),
        ("La stratégie RH se construit avec les managers, pas contre eux.", False),
        ("Je me suis spécialisée dans la paie des intermittents du spectacle.", False),
        ("Un métier passionnant : chaque recrutement est une rencontre.", False),
        ("Ma lettre de motivation tenait en cinq lignes, et elle a suffi.", False),
        ("Nous avons innové en supprimant le CV de nos annonces.", False),
        ("Je forme les managers à l'entretien annuel depuis 2018.", False),
        ("L'innovation sociale est au cœur de nos projets.", False),
        ("J'ai dynamisé notre marque employeur avec les salariés eux-mêmes.", False),
    ],
}

# CAR-010: position descriptions (a line or sentence opens with a duty).
DUTIES = {
    "en": [
        ("• Responsible for the monthly pricing review.\n• Worked with sales on discount rules.", True),
        ("In charge of onboarding for enterprise accounts.", True),
        ("Tasked with migrating 400 customers to the new billing platform.", True),
        ("Management of the customer success team.\nCoordination of quarterly business reviews.", True),
        ("- Duties included reporting, forecasting and vendor follow-up.", True),
        ("Coordination of the annual pricing committee with finance and sales.", True),
        ("Supervision of the night support shift and its escalation process.", True),
        ("Responsibilities included churn reporting and renewal forecasts.", True),
        ("Management of renewals for the Nordic region since 2021.", True),
        ("I joined as the first analyst.\nResponsible for all reporting to the board.", True),
        ("Oversaw the move to usage-based pricing. Responsible for the CPQ tool.", True),
        ("• Cut churn from 9% to 5% in 18 months.\n• Rebuilt the onboarding flow with product.", False),
        ("I was responsible for the pricing review and cut discounting by a third.", False),
        ("Led a team of six analysts; shipped the first self-serve dashboard.", False),
        ("Management of 3 support teams; first-response time down from 9 to 2 hours.", False),
        ("Launched a renewal playbook now used by 40 account managers.", False),
        ("Built the company&#39;s first pricing model and trained sales on it.", False),
        ("Owned the billing roadmap, from discovery to release.", False),
        ("Grew net revenue retention from 98% to 112% by reworking expansion offers.", False),
        ("Took charge of the renewal process after a reorganisation and cut late renewals by half.", False),
        ("Designed and ran 14 pricing experiments, four of which shipped.", False),
        ("Reporting to the COO. Negotiated our cloud contract down by 18%.", False),
    ],
    "fr": [
        ("• Responsable de la paie des 450 salariés.\n• Relation avec les organismes sociaux.", True),
        ("En charge du recrutement des profils techniques.", True),
        ("Chargée de l'intégration des nouveaux arrivants.", True),
        ("• Gestion des entretiens annuels.\n• Suivi des formations obligatoires.", True),
        ("Pilotage du plan de développement des compétences.", True),
        ("Mise en place d'un nouveau SIRH et accompagnement des managers.", True),
        ("Chargé des relations avec les écoles et des forums étudiants.", True),
        ("Animation du réseau des correspondants RH en région.", True),
        ("Suivi des dossiers disciplinaires depuis 2020.", True),
        ("J'ai rejoint l'équipe en 2018.\nResponsable des relations sociales sur le site de Lyon.", True),
        ("Élaboration du budget formation et reporting mensuel à la direction.", True),
        ("Responsable RH de 2 sites : absentéisme réduit de 30 % en deux ans.", False),
        (
            "• Réduit le délai de recrutement de 45 à 28 jours.\n• Lancé un programme d'alternance de 12 postes.",
            False,
        ),
        ("Gestion des recrutements : 80 embauches en 2023, dont 60 % de femmes cadres.", False),
        ("J'ai piloté la refonte de la paie, sans une seule erreur de versement.", False),
        ("Géré des projets de mobilité internationale pour 15 pays.", False),
        (
            "Chargée d'affaires industrielles chez Vélodrome Textiles : 40 clients suivis, chiffre d'affaires en "
            "hausse de 15 %.",
            False,
        ),
        ("Créé le premier baromètre social de l'entreprise, repris depuis chaque année.", False),
        ("Je suis responsable des relations écoles et j'ai doublé le nombre d'alternants.", False),
        ("Négocié 3 accords d'entreprise, dont un sur le télétravail.", False),
        ("Formé 120 managers à l'entretien annuel ; taux de réalisation passé de 55 % à 90 %.", False),
        ("Recruté et intégré une équipe de 8 développeurs en six mois.", False),
    ],
}

# TXT-006: headlines (the headline holds none of SKILLS).
HEADLINE_KEYWORDS = {
    "en": [
        ("Pricing lead at Kestrel Analytics | B2B SaaS", False),
        ("Customer Success Manager · Fintech", False),
        ("Analytics engineer | SQL, dbt and clean dashboards", False),
        ("Product manager @ Orlo Health", False),
        ("Data visualisation designer for public health", False),
        ("I help SaaS teams cut churn", False),
        ("Onboarding specialist | I turn sign-ups into active users", False),
        ("#pricing #saas | Kestrel Analytics", False),
        ("Head of B2B Sales EMEA", False),
        ("Customer success lead and part-time SQL teacher", False),
        ("I make #CustomerSuccess boring, in a good way", False),
        ("Helping founders sleep better 😴", True),
        ("Building the future of work", True),
        ("Analytics engineer | dbt & Looker", True),
        ("Customer support lead at Orlo Health", True),
        ("Sales director France", True),
        ("Product designer | Mobile apps", True),
        ("Data scientist | NLP", True),
        ("Entrepreneur | Speaker | Dog person", True),
        ("Senior consultant at Quillon Partners", True),
        ("Open to work – looking for my next challenge", True),
    ],
    "fr": [
        ("Chargée de recrutement tech chez Brisach Conseil", False),
        ("Responsable paie & ADP | 450 salariés", False),
        ("Gestionnaire de paie", False),
        ("Consultante en marque employeur · Lyon", False),
        ("Juriste en droit du travail", False),
        ("Responsable formation | Industrie", False),
        ("Recruteuse tech | Je trouve les développeurs que personne ne trouve", False),
        ("Formatrice SST et gestes et postures", False),
        ("DRH – Ressources humaines & dialogue social", False),
        ("#recrutement #RH | Brisach Conseil", False),
        ("J'accompagne vos nouveaux arrivants : onboarding et intégration", False),
        ("Passionnée par l'humain 🌱", True),
        ("J'aide les gens à se réaliser", True),
        ("Consultante indépendante | Lyon", True),
        ("Directrice administrative et financière", True),
        ("Office manager chez Brisach", True),
        ("Coach certifiée ICF", True),
        ("Juriste en droit des affaires", True),
        ("Chasseuse de têtes", True),
        ("Consultante en transformation digitale", True),
        ("Responsable des paiements fournisseurs", True),
    ],
}

# TXT-007: Abouts (a sentence of more than 40 words).
LONG_SENTENCES = {
    "en": [
        (
            "I help SaaS teams price with confidence. I ran pricing at Orlo Health for five years. Before that I "
            "was a data analyst. Write to me!",
            False,
        ),
        (
            "What I do:\n• Price B2B software products for growth-stage companies\n• Run pricing experiments with "
            "sales and product teams\n• Build dashboards that finance teams trust and actually use\n• Train account "
            "executives on value selling and discount discipline\n• Write a monthly newsletter on pricing and "
            "packaging for founders",
            False,
        ),
        (
            "I work with fintech, proptech and health-tech companies, e.g. Orlo Health. Dr. Ferreira and I co-wrote "
            "a guide on churn. It is free.",
            False,
        ),
        (
            "Over twelve years I have helped product, finance and sales teams at four software companies agree on "
            "what their products are worth and how to charge for them.",
            False,
        ),
        (
            "Customer success is not support. It is not sales either. It is the work of making customers "
            "successful with what they bought. I have done it for ten years. I lead a team of eight at Kestrel. We "
            "look after 300 accounts. Our gross retention is 95%. Our net retention is 118%. I am proud of both "
            "numbers. I am prouder of the team.",
            False,
        ),
        (
            "Ten years in data\nfrom hospital dashboards to SaaS churn models\nnow leading analytics at Kestrel\n"
            "where we help two hundred customers understand their own numbers\nwrite to me",
            False,
        ),
        ("📊 Dashboards\n🧮 Pricing models\n🧪 Experiments\n☕ Lots of coffee\n\nnadia@kestrel.io", False),
        (
            "I started as a developer, moved into product after three years, and have spent the last six years "
            "running product management for payments at Orlo Health.",
            False,
        ),
        (
            "Hi! I&#39;m Tomasz. I build B2B sales teams in Central Europe &amp; the Baltics. Quillon is my third "
            "company. Let&#39;s talk.",
            False,
        ),
        (
            "My work in one line: fewer tickets, faster first value, happier customers. The rest is details, and "
            "I love the details.",
            False,
        ),
        (
            "I started my career as a developer in a small agency in Leeds, moved into product management after "
            "three years, then spent six years leading pricing and packaging at two SaaS companies, where I rebuilt "
            "the price lists, trained the sales teams and cut discounting by a third, and today I help founders do "
            "the same.",
            True,
        ),
        (
            "I help SaaS teams price with confidence. I have worked with product teams and finance teams and sales "
            "teams and customer success teams in four countries and in companies from ten to two thousand people "
            "and I have learned that pricing is mostly about listening to customers and then being brave enough to "
            "change things.",
            True,
        ),
        (
            "I have worked with many kinds of companies, e.g. banks, insurers, retailers and hospitals, on pricing, "
            "churn and onboarding problems, and in each case I started by listening to the customers and the "
            "front-line teams before touching a single spreadsheet, pricing model or dashboard of any kind.",
            True,
        ),
        (
            "Customer success lead. Over the past ten years at Kestrel Analytics, Orlo Health and Quillon I have "
            "built customer success teams from scratch, written renewal playbooks, set up health scores, hired and "
            "coached more than twenty managers, and turned quarterly business reviews into conversations that "
            "customers actually look forward to. Write to me.",
            True,
        ),
        (
            "Analytics engineer; I write SQL and dbt models for product teams; I document every table and every "
            "metric so that nobody has to ask me what a column means; I review every pull request within a day; "
            "and I teach SQL to new joiners every month, because good data is a team sport.",
            True,
        ),
        (
            "My name is Nadia Ferreira and I am a pricing consultant based in London who works with B2B software "
            "companies that want to move from seat-based pricing to usage-based pricing without losing their "
            "existing customers or confusing their sales teams along the way.",
            True,
        ),
        (
            "Pricing. Packaging. Growth.\n\nFrom my first job at a small agency to leading pricing for a listed "
            "company, I have always been the person who asks why a price is what it is, who the customer really "
            "is, what they would pay for and what they would never pay for, and how we would know.",
            True,
        ),
        (
            "I believe that onboarding is the most underrated part of any SaaS business, because it is where "
            "customers decide whether the promise made by sales is real, where support learns what breaks, and where "
            "product teams can see, week after week, which features matter and which do not.",
            True,
        ),
        (
            "Ten years of B2B sales in Central Europe, three companies, two exits, one &amp; only rule: listen "
            "first, because the customer who talks for forty minutes will tell you what to sell, how to price it, "
            "who signs and when, if you just let them finish their sentences.",
            True,
        ),
        (
            "Data visualization designer. I draw charts for boards, regulators and newsrooms, and over the last "
            "eight years I have learned that the best chart is usually the simplest one, that a title should say "
            "what the reader must remember, and that colour is a budget to spend on one thing only.",
            True,
        ),
    ],
    "fr": [
        (
            "J'accompagne les PME dans leurs recrutements. J'ai travaillé dix ans en cabinet. Depuis 2022, je suis "
            "indépendante. Écrivez-moi !",
            False,
        ),
        (
            "Ce que je fais :\n• Recruter des profils techniques pour les PME industrielles\n• Construire une "
            "marque employeur crédible avec les salariés\n• Former les managers à l'entretien de recrutement\n"
            "• Mettre en place un onboarding qui donne envie de rester\n• Mesurer ce qui marche et arrêter le reste",
            False,
        ),
        (
            "J'ai travaillé avec des ETI, p. ex. Vélodrome Textiles. M. Kerbrat et moi avons écrit un guide sur "
            "l'intégration. Il est gratuit.",
            False,
        ),
        (
            "Depuis douze ans, j'aide les directions, les managers et les salariés de PME industrielles à se mettre "
            "d'accord sur ce qu'est un bon recrutement et sur la façon de le réussir.",
            False,
        ),
        (
            "La paie n'est pas un détail. C'est la première promesse tenue chaque mois. Je la gère depuis quinze "
            "ans. J'ai travaillé pour trois groupes. J'encadre aujourd'hui quatre gestionnaires. Nous produisons 2 "
            "000 bulletins par mois. Zéro retard en trois ans. J'en suis fière. Je suis plus fière encore de "
            "l'équipe.",
            False,
        ),
        (
            "Dix ans de recrutement\ndes cabinets parisiens aux PME de la vallée de l'Arve\naujourd'hui "
            "indépendante à Annecy\nj'aide les dirigeants à trouver les techniciens qui leur manquent\nécrivez-moi",
            False,
        ),
        ("🎯 Recrutement\n🤝 Marque employeur\n🎓 Formation\n☕ Beaucoup de café\n\nines@brisach.fr", False),
        (
            "J'ai commencé comme assistante RH, je suis passée par la paie pendant trois ans et je dirige depuis "
            "six ans le service des ressources humaines d'un groupe hôtelier.",
            False,
        ),
        (
            "Bonjour ! Je m&#39;appelle Inès. Je recrute des développeurs pour les PME &amp; les start-up. Parlons-en.",
            False,
        ),
        (
            "Mon métier en une ligne : des recrutements plus rapides, plus justes et plus humains. Le reste, ce "
            "sont des détails, et j'aime les détails.",
            False,
        ),
        (
            "J'ai commencé ma carrière comme assistante dans un cabinet de recrutement lyonnais, je suis devenue "
            "consultante au bout de trois ans, puis j'ai passé six ans à diriger le recrutement de deux groupes "
            "industriels, où j'ai refondu les annonces, formé les managers et réduit les délais de moitié, et "
            "aujourd'hui j'aide les PME à faire de même.",
            True,
        ),
        (
            "J'accompagne les PME dans leurs recrutements. J'ai travaillé avec des directeurs et des managers et des "
            "salariés et des candidats dans quatre régions et dans des entreprises de dix à deux mille personnes et "
            "j'ai appris qu'un bon recrutement tient surtout à l'écoute et au courage de changer ses habitudes.",
            True,
        ),
        (
            "J'ai travaillé avec toutes sortes d'entreprises, p. ex. des banques, des assureurs, des commerces et "
            "des hôpitaux, sur le recrutement, la paie et la formation, et chaque fois j'ai commencé par écouter "
            "les salariés et les managers avant de toucher au moindre tableau ou au moindre processus.",
            True,
        ),
        (
            "Responsable RH. Ces dix dernières années, chez Brisach Conseil, Vélodrome Textiles et dans un groupe "
            "hôtelier, j'ai créé des services RH de toutes pièces, écrit des guides du manager, mis en place des "
            "entretiens annuels utiles, recruté et formé plus de vingt managers, et transformé les réunions "
            "sociales en vrais dialogues. Écrivez-moi.",
            True,
        ),
        (
            "Juriste en droit social ; je conseille les dirigeants sur les contrats, les ruptures et les "
            "négociations ; je rédige des notes courtes que les managers lisent vraiment ; je réponds à chaque "
            "question dans la journée ; et je forme chaque mois les nouveaux managers, parce que le droit du travail "
            "s'apprend d'abord sur le terrain.",
            True,
        ),
        (
            "Je m'appelle Inès Garnier et je suis consultante en marque employeur à Lyon auprès des PME industrielles "
            "qui veulent attirer des techniciens et des ingénieurs sans dépenser des fortunes en annonces ni en "
            "cabinets et sans promettre aux candidats ce que l'entreprise ne peut pas tenir.",
            True,
        ),
        (
            "Recrutement. Formation. Intégration.\n\nDe mon premier poste dans un petit cabinet à la direction du "
            "recrutement d'un groupe coté, j'ai toujours été celle qui demande pourquoi un poste existe, qui est "
            "vraiment le candidat idéal, ce qu'il attend d'un employeur et ce qu'il ne supportera jamais, et comment "
            "nous le saurons.",
            True,
        ),
        (
            "Je crois que l'intégration est l'étape la plus sous-estimée d'un recrutement, parce que c'est là que le "
            "nouvel arrivant découvre si les promesses de l'entretien étaient vraies, que le manager apprend ce qui "
            "manque et que l'entreprise peut voir, semaine après semaine, ce qui retient les gens.",
            True,
        ),
        (
            "Quinze ans de paie dans trois groupes, deux migrations de logiciel, une &amp; une seule règle : "
            "vérifier avant de payer, parce qu'une erreur de bulletin coûte plus cher en confiance qu'en euros et "
            "que le salarié qui la découvre s'en souviendra bien plus longtemps que de sa dernière augmentation.",
            True,
        ),
        (
            "Formatrice en prise de parole. J'anime des ateliers pour les managers, les commerciaux et les "
            "ingénieurs, et depuis huit ans j'ai appris que le meilleur discours est souvent le plus court, qu'une "
            "première phrase doit dire ce que l'auditoire doit retenir et que le trac est une énergie à utiliser.",
            True,
        ),
    ],
}

# TXT-008: posts, per profile language (the post is in another language than the profile's).
POST_LANGUAGES = {
    "en": [
        ("Just shipped our new pricing page after six weeks of interviews with customers. Feedback welcome!", False),
        ("Quick tip: write the release notes before you write the code, it changes what you build.", False),
        ("Had a great chat with the team at Orlo about onboarding flows and why most of them are too long.", False),
        (
            "We&#39;re hiring a data analyst in Lyon – hybrid, French not required, English is our working language.",
            False,
        ),
        ("Our café crème budget doubled since we moved next to a boulangerie, no regrets 🥐", False),
        ("Merci to everyone who came to our meetup last night, it was packed and the questions were excellent.", False),
        ("Three books that changed how I run customer success: a short thread with notes for each one.", False),
        ("Why I stopped using vanity metrics in board decks, and what I show instead.", False),
        ("Proud of the team: 12 releases this quarter, zero downtime, and everybody took their holidays.", False),
        ("Spent the morning at Station F in Paris meeting founders who build tools for logistics.", False),
        ("Ravi d'annoncer que nous ouvrons un bureau à Lyon en septembre, avec six postes à pourvoir.", True),
        ("Retour sur le salon VivaTech : beaucoup d'IA, peu de clients, et d'excellentes rencontres.", True),
        ("Petite astuce du jour : écrivez vos notes de version avant de coder, ça change tout.", True),
        ("Nous recrutons un ou une product manager pour notre équipe de Nantes, en CDI.", True),
        ("Estamos contratando un analista de datos en Madrid, con experiencia en SQL y Python.", True),
        ("Wir suchen eine erfahrene Kundenbetreuerin für unser Team in Berlin, ab sofort.", True),
        ("Super meeting ce matin avec la team sales, on a enfin closé le deal avec Kestrel 🎉", True),
        ("Merci à toute l'équipe pour cette année incroyable, vivement la suite !", True),
        ("Grazie a tutti per il fantastico evento di ieri sera a Milano, alla prossima!", True),
        ("Je partage ici les slides de ma conférence sur le pricing B2B, bonne lecture à tous.", True),
    ],
    "fr": [
        ("Nous recrutons une alternante RH pour la rentrée, à Lyon. Candidatures par message privé.", False),
        ("Super meeting ce matin avec la team sales, on a enfin closé le deal 🎉", False),
        ("Retour sur le webinar de jeudi : les replays sont en ligne, merci pour vos questions.", False),
        ("Le feedback, c'est un cadeau : encore faut-il savoir l'emballer.", False),
        ("Trois conseils pour réussir son onboarding à distance, testés avec nos 40 nouvelles recrues.", False),
        ("Fière de mon équipe : la campagne de recrutement est bouclée avec deux semaines d'avance.", False),
        ("Quelqu'un a un bon livre à conseiller sur le droit du travail pour non-juristes ?", False),
        ("Je serai au salon RH de Paris mardi et mercredi, passez me voir sur le stand B12.", False),
        ("Happy hour ou apéro ? Chez nous, c'est les deux le vendredi, et tout le monde est invité.", False),
        ("Nouveau podcast en ligne : on parle marque employeur avec la DRH de Brisach.", False),
        ("Excited to share that I&#39;m speaking at HR Tech Europe next month about employer branding.", True),
        ("Three things I learned from hiring 40 people in one year: speed, honesty and follow-up.", True),
        ("We're hiring an HR business partner in Amsterdam, English-speaking team, hybrid.", True),
        ("Thank you all for the kind messages after my talk yesterday, I read every single one.", True),
        ("Estamos buscando una responsable de recursos humanos para nuestra oficina de Barcelona.", True),
        ("Grazie mille a tutti i colleghi di Milano per la splendida accoglienza di questa settimana.", True),
        ("Wir freuen uns sehr, unsere neue Personalleiterin in München willkommen zu heißen.", True),
        (
            "Quick poll for HR folks: do you still run annual reviews, or did you switch to quarterly check-ins?",
            True,
        ),
        ("Merci beaucoup to everyone who joined our webinar on payroll compliance last Thursday!", True),
        ("Our new onboarding guide is out, free to download, feedback welcome as always.", True),
    ],
}

# TXT-009: the names the archive holds (connections, companies, schools, skills): never looked up.
NAMES = {
    "en": (
        "Nadia Ferreira",
        "Tomasz Wierzba",
        "Kestrel Analytics",
        "Orlo Health",
        "Quillon",
        *SKILLS["en"],
    ),
    "fr": (
        "Inès Garnier",
        "Mathis Kerbrat",
        "Brisach Conseil",
        "Vélodrome Textiles",
        *SKILLS["fr"],
    ),
}

# TXT-009: headlines and Abouts (a misspelt word, as the documentation defines one).
SPELLING = {
    "en": [
        ("Customer success lead | I help SaaS teams recieve fewer churn surprises", True),
        ("Ten years of experiance in pricing for B2B software companies.", True),
        ("I turn messy data into dashboards people actualy read.", True),
        ("Product managment for payments and billing at Orlo Health.", True),
        ("My biggest acheivement: cutting churn by a third in 18 months.", True),
        ("I love building buisness cases with finance teams.", True),
        ("Clear comunication is half of customer success.", True),
        ("Pricing | Packaging | Growth strategy for succesful SaaS launches", True),
        ("I&#39;m definately the person to call when your forecast breaks.", True),
        ("Data analyst. I write SQL, build Looker dashboards and explain the resluts.", True),
        ("Helping teams seperate signal from noise in their product metrics 📊", True),
        ("When a manual task has occured twice, I automate it.", True),
        ("Customer success lead at Kestrel Analytics | I help SaaS teams keep their customers", False),
        ("I&#39;m a data analyst who likes SQL, dbt and well-named columns.", False),
        ("Pricing &amp; packaging for B2B software | ex-Orlo Health", False),
        ("I worked with Nadia Ferreira on our onboarding revamp; churn fell by 22% in two quarters.", False),
        ("Their roadmap was there, but its goals weren't clear: I fixed that.", False),
        ("Your team's dashboards, rebuilt so that everyone reads them the same way.", False),
        ("I run webinars on #pricing and write a newsletter at pricing.kestrel.io", False),
        ("Previously at Quillon, where I led training programmes for 300 engineers.", False),
        ("E-mail me at nadia@kestrel.io or book a call via calendly.com/nadia-f", False),
        ("I build dashboards in Tableau and Power BI for banks and hospitals.", False),
        ("Analytics engineer with a soft spot for spreadsheets, coffee and well-documented code ☕", False),
        ("Tomasz Wierzba and I co-founded Quillon in 2019.", False),
    ],
    "fr": [
        ("Responsable paie | J'accompagne les PME dans le developpement de leurs équipes", True),
        ("Chargée de recrutement : je trouve les profils que personne ne trouve, avec rigeur et humour.", True),
        ("Dix ans d'expérience en ressources humaines dans l'industrie et le comerce.", True),
        ("Je suis passionnée par la formation professionelle des adultes.", True),
        ("Mon objectif : un recrutement plus humain et plus éfficace.", True),
        ("Consultante en marque employeur, j'aide les entreprises à attirer les bons talants.", True),
        ("J'ai piloté la mise en place d'un nouveau sytème de paie pour 1 200 salariés.", True),
        # Labelled True at first; not misspelt as documented (a word one edit away from a dictionary word): « apeller »
        # is two edits from « appeler ».
        ("N'hésitez pas à m'apeller pour parler recrutement !", False),
        ("Juriste en droit social, je conseille les dirigeants dans leurs négotiations avec les syndicats.", True),
        ("Ma priorité : une équipe qui réussit ensemble, dans le respet de chacun.", True),
        ("Spécialiste de la paie et de l'administation du personnel.", True),
        ("Mon expérience m'a apris à écouter avant de proposer.", True),
        ("Recrutement | Marque employeur | Onboarding &amp; intégration des nouveaux arrivants | Lyon", False),
        ("Ingénieure pédagogique chez Brisach Conseil : je conçois des formations courtes et utiles.", False),
        ("J'ai co-construit notre programme d'alternance avec Inès Garnier et l'équipe paie.", False),
        ("Aujourd'hui, j'accompagne les start-up dans leur recrutement tech et leur onboarding.", False),
        ("Je crois à l'écoute, à la transparence et à l'amélioration continu des pratiques.", False),
        ("Vous cherchez un regard neuf sur votre process RH ? Écrivez-moi : ines.garnier@brisach.fr", False),
        ("Responsable RH chez Vélodrome Textiles depuis 2019, après huit ans dans le conseil.", False),
        ("Titulaire d'un master en droit social, j'ai rejoint le service juridique d'un groupe hôtelier.", False),
        ("#recrutement #RH #marqueemployeur : je partage ici mes retours de terrain.", False),
        ("Chez nous, le feedback et le télétravail ne sont pas des gadgets.", False),
        ("Formatrice certifiée, j'anime des ateliers sur la prise de parole et la gestion du stress.", False),
        ("Il a fallu tout reconstruire en 2020 ; nous l'avons fait ensemble, et j'en suis fière.", False),
    ],
}

# TXT-010: posts (the post complains).
TONE = {
    "en": [
        ("Fed up with recruiters who ghost candidates after four interviews. Unprofessional and disrespectful.", True),
        ("Another useless meeting that could have been an e-mail. Honestly exhausting and pointless.", True),
        ("So disappointed by the customer service at my bank: rude, slow and completely useless.", True),
        ("Sick of reading fake success stories on here. Ridiculous and embarrassing.", True),
        ("Terrible experience with the airline again. Lost luggage, zero apology, pathetic.", True),
        ("I&#39;m tired of companies asking for ten years of experience for junior roles. Absurd and insulting.", True),
        ("Frustrated and angry: the tax office lost my file for the third time. Unacceptable.", True),
        ("Not happy at all with how this merger was announced. Staff learned it from the press. Shameful.", True),
        ("Why is every job application portal so awful? Clunky, broken, infuriating.", True),
        ("Love it when a client pays 120 days late and then asks for a discount. Great business practice 🙃", True),
        ("Proud of the team: we shipped the new billing system on time, with zero incidents.", False),
        ("We had a real problem with churn last spring. Here is what we changed, and what it taught us.", False),
        ("Not useless at all: our five-minute stand-ups turned out to be the best meeting of the week.", False),
        ("Tired but happy after three days at SaaStr, thank you to everyone who stopped by our booth!", False),
        ("Our launch failed in March. We learned a lot, rebuilt the offer and relaunched in June.", False),
        ("Honest question: how do you handle difficult feedback from a client without getting defensive?", False),
        ("Thrilled to welcome Nadia Ferreira to the customer success team!", False),
        (
            "Disappointing numbers in Q2, but the cohort data shows why, and we are fixing it. Grateful for a "
            "patient board.",
            False,
        ),
        ("I&#39;m not frustrated by slow sales cycles anymore; I plan for them.", False),
        (
            "A hard week: a key customer left and two projects slipped. Still, the team stayed calm and focused.",
            False,
        ),
        ("Five mistakes I made as a first-time manager, and how I would handle them today.", False),
    ],
    "fr": [
        ("J'en ai marre des recruteurs qui ne répondent jamais aux candidats. C'est irrespectueux.", True),
        ("Encore une réunion inutile de deux heures. Épuisant et franchement ridicule.", True),
        ("Service client lamentable chez mon opérateur : trois appels, aucune solution, aucune excuse. Honteux.", True),
        ("Ras-le-bol des offres d'emploi sans salaire. C'est honteux en 2026.", True),
        ("Très déçue par l'organisation du salon : files interminables, stands vides, accueil désagréable.", True),
        (
            "Inadmissible : ma facture a été payée deux fois et personne ne répond au téléphone. Scandaleux.",
            True,
        ),
        ("Marre de lire des posts de gourous qui vendent du vent. Pathétique.", True),
        ("Je suis furieuse : notre dossier de subvention a été perdu pour la deuxième fois. Intolérable.", True),
        ("Pas satisfaite du tout de la nouvelle plateforme de formation : lente, buguée, inutilisable.", True),
        (
            "Génial, encore une mise à jour qui supprime la seule fonction utile du logiciel. Bravo les gars 👏",
            True,
        ),
        ("Fière de notre équipe paie : zéro erreur sur la clôture de décembre !", False),
        (
            "Nous avons connu un échec avec notre premier programme d'onboarding. Voici ce que nous avons changé.",
            False,
        ),
        ("Pas inutile de rappeler que l'entretien annuel se prépare des deux côtés.", False),
        ("Fatiguée mais ravie après trois jours de salon, merci à toutes les personnes rencontrées !", False),
        ("Un problème de paie en janvier nous a appris à doubler nos contrôles. Retour d'expérience.", False),
        ("Ravie d'accueillir Inès Garnier dans l'équipe recrutement !", False),
        (
            "Des chiffres décevants ce trimestre, mais une équipe soudée et un plan clair pour la suite. Merci à tous.",
            False,
        ),
        ("Je ne suis plus frustrée par les délais de réponse des candidats : je les anticipe.", False),
        ("Une semaine difficile : deux départs et un audit. L'équipe est restée calme et solidaire.", False),
        ("Cinq erreurs que j'ai faites comme jeune manager, et ce que je ferais autrement aujourd'hui.", False),
        ("Question sincère : comment gérez-vous un retour négatif d'un client sans vous braquer ?", False),
    ],
}

# TXT-011: About texts, True = no sentence tells a result with a figure. Written by the session that wrote the rule,
# from its documentation (`linkedin-audit explain TXT-011`), after the tuned set and before running these: not blind
# to the code, hence in this file for the discipline (no label changed after the run, misses kept as they are).
ABOUT_RESULTS = {
    "en": [
        ("Pricing lead at a B2B SaaS company. I rebuilt our packaging and raised average deal size by 22%.", False),
        ("Customer success manager 💬 • Renewed 94% of my book of business last year", False),
        ("I run onboarding for 60 new customers a month and coach 4 CSMs.", False),
        ("Churn down from 3.1% to 1.8% a month after we changed the first 90 days.", False),
        ("Analyst &amp; SQL nerd. My churn model saved the team 10 hours of reporting a week.", False),
        ("Moved 1,200 customers from the legacy plan to usage-based pricing without a single escalation.", False),
        ("Head of CS. Net revenue retention: 118%, up from 104% two years ago.", False),
        ("I doubled trial-to-paid conversion (6% → 12%) with a new in-app checklist.", False),
        ("B2B sales since 2014; closed €3.4M of new business in 2023.", False),
        ("Built the pricing page A/B tests that lifted sign-ups x1.5.", False),
        ("Customer success professional with 9 years in SaaS.", True),
        ("Passionate about pricing, packaging and the psychology of value. Based in Dublin since 2019.", True),
        ("Reach me at +353 87 123 4567 or jo.kelly@example.com.", True),
        ("Support available 24/7 for our enterprise customers, in 3 time zones... mostly.", True),
        ("ISO 27001 and SOC 2 enthusiast. Fluent in SQL and Python 3.", True),
        ("I help SaaS teams understand why customers leave and what to do about it.", True),
        ("Ranked 1st in the 2022 pricing hackathon. Speaker at SaaStock 2023.", True),
        ("Data visualization, onboarding design and a lot of coffee ☕", True),
        ("Career: Acme Cloud (2015-2019), Brightdesk (2019-present).", True),
        ("I believe great onboarding is the best retention strategy. Let's talk!", True),
    ],
    "fr": [
        ("Responsable recrutement. J'ai réduit le délai moyen d'embauche de 45 à 28 jours.", False),
        ("Chargée de paie pour 1 200 salariés sur 14 sites, zéro erreur de virement en 2024.", False),
        ("• Taux de turnover divisé par 2 en trois ans\n• Marque employeur repensée", False),
        (
            "DRH d&#39;une ETI industrielle : +35 % de candidatures spontanées depuis la refonte du site carrière.",
            False,
        ),
        ("J'ai formé 300 managers à l'entretien annuel.", False),
        ("Formatrice. Plus de 2 000 stagiaires accompagnés depuis 2012.", False),
        ("J'anime une équipe de 6 chargés de recrutement.", False),
        ("Absentéisme en baisse de 18 % après la mise en place du télétravail.", False),
        ("Juriste en droit du travail : 40 contentieux prud'homaux gérés, 85 % gagnés.", False),
        ("J'ai négocié un accord d'intéressement qui a versé 1,5 mois de salaire à chacun.", False),
        ("Professionnelle des RH depuis 2008, passionnée par l'humain.", True),
        ("20 ans d'expérience en recrutement et en marque employeur.", True),
        ("Joignable au 07 81 23 45 67 ou sur claire.rh@exemple.fr.", True),
        ("Disponible 7 jours sur 7 pour accompagner vos équipes.", True),
        ("Certifiée Qualiopi, experte du CPF et de la loi Avenir professionnel de 2018.", True),
        ("Je crois qu'un bon recrutement commence par une bonne fiche de poste.", True),
        ("Parcours : Groupe Vellan (2010-2016), Mobilis RH (2016-aujourd'hui).", True),
        ("1re promotion du master RH de l'IAE de Lyon, en 2009.", True),
        ("Paie, formation, droit du travail : je vous aide à y voir clair 🤝", True),
        ("Mère de 2 enfants, coureuse de trail, curieuse de tout.", True),
    ],
}

"""The public sources behind the rules' thresholds and reasons, in one table.

Rule docstrings cite them by id in square brackets (`[granovetter-1973]`); `linkedin-audit explain` shows each
cited source with its title and link, and `docs/sources.md` is written from this table (`linkedin-audit sources
--markdown`; a test keeps the two in step). `verified` says whether the figure the project uses was read in the
source itself; an unverified figure is only ever the default of an option the user can change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from auditor.i18n import N_, Message, _, translate


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str  # who says it: LinkedIn, a journal, a practitioner's blog...
    url: str
    supports: str  # what the project takes from it
    verified: bool  # the figure was read in this source (a copy of a LinkedIn page counts)

    @property
    def status(self) -> str:
        return "verified" if self.verified else "commonly reported, unverified"

    def reference(self, language: str = "en") -> str:
        """One line for `explain`: id, title, publisher, link and whether the figure was verified (the title and
        publisher as published)."""
        title = self.title if self.title.endswith(("?", "!", ".")) else self.title + "."
        status = translate(N_("verified") if self.verified else N_("commonly reported, unverified"), language)
        return f"[{self.id}] {title} {self.publisher}. {self.url} ({status})"


# The method: the French guide "Réseau professionnel : 5 étapes pour le créer et l'entretenir". Each rule serves one
# of its steps; the guide has no public address the project knows of, so docs/sources.md summarises it.
METHOD_TITLE = "Réseau professionnel : 5 étapes pour le créer et l'entretenir"
METHOD_STEPS: Mapping[str, str] = {
    "step1": N_("define the goals of your network"),
    "step2": N_("map your network in three circles"),
    "step3": N_("put routines in place"),
    "step4": N_("prepare your pitch, and give to receive"),
    "step5": N_("care for your LinkedIn profile"),
}
METHOD_SUMMARY: Mapping[str, str] = {
    "step1": "Know why you network before anything else: a next career move, a product to launch, visibility in "
    "your sector.",
    "step2": "Sort the people you know into circle 1 (known well, seen often), circle 2 (known less, worth knowing "
    "better) and circle 3 (not known yet, but important for a goal), and reach circle 3 through introductions by "
    "circles 1 and 2.",
    "step3": "Decide how much time networking gets (lunches, meetings, conferences) over the month, the semester "
    "and the year, and block it in your calendar as real work time.",
    "step4": "Be ready to present yourself in 1, 3, 5 or 10 minutes, again and again, saying what you do now and "
    "which projects interest you; and give in order to receive, patiently.",
    "step5": "Your profile speaks for your network: a career presented with care, a good photo, and regular "
    "sharing of articles, videos or resources that match your expertise.",
}


def method_reference() -> Message:
    return _('the guide "{title}", summarised in docs/sources.md', title=METHOD_TITLE)


SOURCES: tuple[Source, ...] = (
    # --- LinkedIn's own words (its Help pages, newsroom and in-product text) --------------------------------------
    Source(
        "linkedin-help-invitation-limit",
        "Invitation limit reached",
        "LinkedIn Help, answer a550555",
        "https://www.linkedin.com/help/linkedin/answer/a550555",
        "Every member, free or Premium, has a limit on invitations; LinkedIn publishes no number; a restriction "
        "usually lasts a week; a withdrawn invitation cannot be sent again to the same person for up to three weeks.",
        True,
    ),
    Source(
        "linkedin-network-size-limit",
        "LinkedIn caps your connections at 30,000: why?",
        "Joe Burridge, 2018, quoting LinkedIn Help on the network size limit",
        "https://joeburridge.com/2018/06/25/linkedin-caps-your-connections-at-30000-why/",
        "LinkedIn allows at most 30,000 first-degree connections (the Help text was read in a copy).",
        True,
    ),
    Source(
        "linkedin-career-breaks-2022",
        "A new way to represent career breaks on LinkedIn",
        "LinkedIn newsroom, March 2022",
        "https://news.linkedin.com/2022/march/new-way-to-represent-career-breaks-on-linkedin",
        "LinkedIn's Career break entry for the Experience section; in LinkedIn's survey 62% of employees had "
        "taken a career break and 51% of hiring managers were more likely to call back a candidate who explains one.",
        True,
    ),
    Source(
        "linkedin-photo-prompt",
        "LinkedIn Profile Pictures: Why They Are a Must-Have and How to Pick the Perfect One",
        "Vocamotive, 2019, quoting LinkedIn's on-profile prompt",
        "https://vocamotive.com/resources/blog/linkedin-profile-pictures-why-they-are-a-must-have-and-how-to-pick-the-"
        "perfect-one/",
        'LinkedIn tells members without a photo that those with one "can receive up to 21 times more profile '
        "views\" (LinkedIn's wording, quoted second-hand; other multipliers that circulate are not LinkedIn's).",
        False,
    ),
    Source(
        "microsoft-linkedin-image-sizes",
        "LinkedIn image sizes",
        "Microsoft Create; Microsoft owns LinkedIn",
        "https://create.microsoft.com/en-us/learn/articles/linkedin-image-sizes",
        "400 x 400 pixels as the optimal size of a profile photo, which is square.",
        True,
    ),
    # --- LinkedIn's yearly lists of overused profile words, as reported by others ---------------------------------
    Source(
        "linkedin-buzzwords-2010",
        "LinkedIn's list of resume cliches",
        "Edit This blog, December 2010, quoting LinkedIn's list",
        "https://edit-this-blog.blogspot.com/2010/12/linkedins-list-of-resume-cliches.html",
        'The ten most overused words of US profiles in 2010 ("extensive experience", "innovative", "motivated"...).',
        False,
    ),
    Source(
        "linkedin-buzzwords-2012",
        "LinkedIn, ecco le parole più usate e abusate nei profili professionali 2012",
        "EventReport, Italian trade press, 2012",
        "https://www.eventreport.it/stories/mercato/82538_linkedin_ecco_le_parole_pi_usate_e_abusate_nei_profili_"
        "professionali_2012/",
        '"Creative" first worldwide and « responsable » first in France in 2012, with LinkedIn\'s advice to '
        "replace such words with concrete projects and results.",
        False,
    ),
    Source(
        "linkedin-buzzwords-2013",
        "Words thou shalt not use on thy LinkedIn profile",
        "40 Plus Career Guru, January 2014, quoting LinkedIn's e-mail",
        "https://40pluscareerguru.blogspot.com/2014/01/words-thou-shalt-not-use-on-thy.html",
        'The 2013 global list, led by "responsible", "strategic" and "creative".',
        False,
    ),
    Source(
        "linkedin-buzzwords-2017",
        "LinkedIn profile buzzwords 2017",
        "Silicon Republic, February 2018",
        "https://www.siliconrepublic.com/careers/linkedin-profile-buzzwords-2017",
        'A later list ("experienced", "specialise", "skilled", "motivated", "leadership"...).',
        False,
    ),
    # --- French clichés --------------------------------------------------------------------------------------------
    Source(
        "wttj-cv-authentique",
        "CV authentique, lettre de motivation",
        "Welcome to the Jungle, July 2024",
        "https://www.welcometothejungle.com/fr/articles/cv-authentique-lettre-de-motivation",
        "Inflated French phrasings such as « profondément motivé » and « sens aigu de l'organisation ».",
        True,
    ),
    Source(
        "formulations-laborieuses",
        "Les formulations laborieuses",
        "Produits d'entretiens, a career coach, October 2021",
        "https://produitsdentretiens.fr/2021/10/02/les-formulations-laborieuses/",
        "« j'ai dû », « j'ai pu », « il a fallu »: say the action directly instead.",
        True,
    ),
    # --- Field limits and profile levels, from third-party lists ------------------------------------------------
    Source(
        "linkedinsights-limits-2020",
        "Maximum LinkedIn character counts and image sizes for 2020",
        "LinkedInsights, 2020",
        "https://linkedinsights.com/maximum-linkedin-character-counts-and-image-sizes-for-2020/",
        "Field limits: headline 220 characters, About 2,600, position description 2,000 (with a 200-character "
        "tip), 50 skills, an About preview of about 300 characters.",
        False,
    ),
    Source(
        "vulse-character-limits",
        "The complete guide to LinkedIn character limits",
        "Vulse, July 2023",
        "https://vulse.co/blog/the-complete-guide-to-linkedin-character-limits",
        "The same field limits (headline 220, About 2,600, position description 2,000), confirming the list above.",
        False,
    ),
    Source(
        "themuse-endorsements",
        "Surprise: LinkedIn endorsements do matter, here's what you need to know",
        "The Muse",
        "https://www.themuse.com/advice/surprise-linkedin-endorsements-do-matter-heres-what-you-need-to-know",
        "Members may list up to 50 skills (an older limit; 100 is quoted today without a source).",
        False,
    ),
    Source(
        "totalresumes-linkedin-numbers",
        "LinkedIn by the numbers",
        "Total Resumes",
        "https://totalresumes.com.au/linkedin-by-the-numbers/",
        'The About section holds 2,600 characters and shows roughly its first 270-320 before "See more".',
        False,
    ),
    Source(
        "ayrshare-linkedin-post",
        "Post API: LinkedIn",
        "Ayrshare, a third-party publishing API",
        "https://www.ayrshare.com/docs/apis/post/social-networks/linkedin",
        "A LinkedIn post holds up to 3,000 characters.",
        True,
    ),
    Source(
        "allstar-criteria",
        "A complete LinkedIn profile is an All-Star profile",
        "Bella Domain, July 2015",
        "https://belladomain.com/2015/07/08/a-complete-linkedin-profile-is-an-all-star-profile",
        "LinkedIn's All-Star level: industry and location, a current position with a description, two past "
        "positions, education, at least 3 skills, a photo and at least 50 connections.",
        False,
    ),
    Source(
        "older-profile-meter",
        "LinkedIn profile refresh articles",
        "Arra-Li",
        "https://arra-li.com/category/linkedin-profile-refresh/",
        "The older profile meter: its Expert level asked for 5 skills and 3 recommendations.",
        False,
    ),
    Source(
        "recommendations-advice",
        "Job search advice articles",
        "Job Search Superhero",
        "https://jobsearchsuperhero.com/tag/advice/",
        "Coaches' advice to have at least 2-3 recommendations, and quantified, action-based achievements.",
        False,
    ),
    Source(
        "postulit-about-section",
        "LinkedIn About section examples: how to write one that lands",
        "Postulit",
        "https://www.postulit.com/en/blog/linkedin-about-section-examples-how-to-write-one-that-lands",
        'Write the About in the first person ("I help", not "Jane helps"); its first lines carry it, because most '
        'readers never click "see more".',
        False,
    ),
    # --- Posting cadence: practitioners' studies ------------------------------------------------------------------
    Source(
        "van-der-blom-algorithm",
        "Making the most of LinkedIn: how to conquer the algorithm in 2023",
        "HDK, summarising Richard van der Blom's Algorithm Insights",
        "https://wearehdk.com/blog/making-the-most-of-linkedin-how-to-conquer-the-algorithm-in-2023",
        "For personal profiles 2-3 posts a week, less growth below 2; a pause of over a month lowers the reach of "
        "the next 4-5 posts by about 30%; a post within 18 hours of the previous one lowers the reach of both.",
        False,
    ),
    Source(
        "van-der-blom-notes",
        "Notes on LinkedIn",
        "Hedaro, summarising Richard van der Blom's study",
        "https://hedaro.com/Other-Interests/Business/Linkedin---Notes",
        "Posts of 900-1,200 characters with an image reach furthest; polls, documents and images reach further "
        "than text alone.",
        False,
    ),
    Source(
        "consistency-over-volume",
        "How often to post on social media",
        "AgencyList",
        "https://agencylist.org/blog/how-often-to-post-on-social-media",
        "Consistency matters more than frequency.",
        False,
    ),
    Source(
        "hashtags-three",
        "LinkedIn hashtag strategy",
        "ProPR agency",
        "https://propragency.com/mattr/linkedin-hashtag-strategy/",
        "LinkedIn is said to recommend three hashtags a post; no LinkedIn page was found, and others say 3-5.",
        False,
    ),
    # --- Research on ties and circle sizes ------------------------------------------------------------------------
    Source(
        "granovetter-1973",
        "Granovetter, M. S. (1973). The Strength of Weak Ties. American Journal of Sociology 78(6), 1360-1380",
        "University of Chicago Press, via JSTOR",
        "https://www.jstor.org/stable/2776392",
        "Job changers were asked how often they saw the contact who passed on the job (read in the abstract); the "
        "well-known result, that most such contacts were seen only occasionally or rarely, is quoted second-hand.",
        False,
    ),
    Source(
        "rajkumar-2022",
        "Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson & Aral (2022). A causal test of the strength of weak ties. "
        "Science 377(6612)",
        "Science",
        "https://doi.org/10.1126/science.abl4476",
        "Randomised experiments on LinkedIn's People You May Know with over 20 million members: moderately weak "
        "ties (by mutual connections) led to the most job moves, an inverted U.",
        True,
    ),
    Source(
        "dunbar-layers",
        "A summary of Dunbar's layers of relationships",
        "Good Medicine, a summary of Dunbar's work",
        "https://goodmedicine.org.uk/node/1210",
        "About 5 people in a support clique contacted about weekly, about 15 in a sympathy group contacted about "
        "monthly, then about 50 and 150.",
        False,
    ),
    Source(
        "dunbar-2012",
        "Dunbar (2012). Social cognition on the Internet: testing constraints on social network size. "
        "Philosophical Transactions of the Royal Society B 367, 2192-2201",
        "Royal Society",
        "https://doi.org/10.1098/rstb.2012.0121",
        "People typically cannot maintain more than about 150 relationships at a time.",
        True,
    ),
    Source(
        "zhou-2005",
        "Zhou, Sornette, Hill & Dunbar (2005). Discrete hierarchical organization of social group sizes. "
        "Proceedings of the Royal Society B 272, 439-444",
        "Royal Society",
        "https://doi.org/10.1098/rspb.2004.2970",
        "Social groups come in layers of about 3-5, 9-15, 30-45 people, each about three times the one inside it.",
        True,
    ),
    Source(
        "dunbar-2016",
        "Dunbar (2016). Do online social media cut through the constraints that limit the size of offline social "
        "networks? Royal Society Open Science 3, 150292",
        "Royal Society",
        "https://doi.org/10.1098/rsos.150292",
        "Online networks have the same inner layers as offline ones: social media do not enlarge them.",
        True,
    ),
    # --- Career presentation --------------------------------------------------------------------------------------
    Source(
        "livecareer-action-verbs",
        "Action verbs in resumes",
        "LiveCareer",
        "https://www.livecareer.com/career-tips/career-doctor-blog/action-verbs-in-resumes",
        "List outcomes rather than duties; present tense for the current job, past tense for earlier ones.",
        True,
    ),
    Source(
        "harvard-resumes",
        "Resumes",
        "Harvard University, Undergraduate Research and Fellowships",
        "https://uraf.harvard.edu/apply-opportunities/app-components/resumes",
        "Go beyond responsibilities and dates: state the impact of each experience.",
        True,
    ),
    Source(
        "doyoubuzz-experiences",
        "Expériences : modèles types",
        "DoYouBuzz, a French CV site",
        "https://blog.doyoubuzz.com/experiences-modeles-types/amp",
        "Three to five bullets per experience: fewer looks thin, more discourages reading.",
        True,
    ),
    Source(
        "procom-resume-gaps",
        "Resume gaps: how to explain and overcome them",
        "Procom, a staffing agency",
        "https://procomservices.com/en-us/job-seeker/resume-gaps-how-to-explain-overcome-them-staffing-agency",
        "A gap under three months is not alarming; a longer one should be explained.",
        True,
    ),
    Source(
        "resumescoach-career-gaps",
        "Career gaps: how to address them",
        "Resumes Coach",
        "https://resumescoach.com/career-gaps-how-to-address-them",
        'Gaps under six months are "rarely an issue".',
        False,
    ),
)

SOURCES_BY_ID: Mapping[str, Source] = {source.id: source for source in SOURCES}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def sources_markdown() -> str:
    """`docs/sources.md`, written from this table (a test keeps the file in step)."""
    lines = [
        "# Sources",
        "",
        "<!-- Written by `linkedin-audit sources --markdown` from auditor/sources.py: edit the table there. -->",
        "",
        "The rules of linkedin-audit follow a method in five steps and take their thresholds from the public "
        "sources below. A rule's documentation (`linkedin-audit explain CODE`) cites them by id, in square "
        "brackets. *Verified* means the figure the audit uses was read in the source itself (a copy of a LinkedIn "
        "page counts); an unverified figure is only ever the default of an option you can change in "
        "`linkedin-audit.toml`. Each source is named by its own title where it was recorded, otherwise by a short "
        "description drawn from its address.",
        "",
        "## The method",
        "",
        f"The audit follows the French guide *{METHOD_TITLE}* (a professional network: five steps to build and "
        "keep it). In short:",
        "",
    ]
    for step, title in METHOD_STEPS.items():
        lines.append(f"{step[-1]}. **{title[0].upper() + title[1:]}.** {METHOD_SUMMARY[step]}")
    lines += [
        "",
        "## Public sources",
        "",
        "| id | source | by | what the audit takes from it | verified |",
        "|---|---|---|---|---|",
    ]
    for source in SOURCES:
        lines.append(
            f"| `{source.id}` | [{_cell(source.title)}]({source.url}) | {_cell(source.publisher)} "
            f"| {_cell(source.supports)} | {'yes' if source.verified else 'no'} |"
        )
    return "\n".join(lines) + "\n"

"""Invented people: name pools, profile slugs and the decorations real names carry on LinkedIn.

Names are random pairs of common given names and surnames from many origins: no pair is meant to designate a
real person. A British owner's network and a French owner's network differ in their local pool, and both mix
in an international one, as real networks do.
"""

from __future__ import annotations

import random
import unicodedata

EN_FEMALE = (
    "Amelia Olivia Isla Ava Emily Sophie Grace Chloe Lucy Hannah Priya Aisha Fatima Zara Niamh Siobhan Megan "
    "Charlotte Eleanor Harriet Rebecca Yasmin Mei Ananya Chiamaka Adaeze Agnieszka Lucia Rosa Kemi Naomi "
    "Bethany Freya Imogen Leah Holly Jasmine Ellie Poppy Sana"
).split()
EN_MALE = (
    "Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Daniel Samuel Mohammed Omar Arjun "
    "Rohan Kwame Tunde Tomasz Piotr Mateo Luca Hiroshi Wei Callum Rhys Declan Ethan Ben Alfie Kieran Nathan "
    "Ravi Joseph Finley Aaron Imran Connor"
).split()
EN_LAST = (
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
    "Roberts Green Hall Wood Jackson Clarke Patel Khan Shah Ahmed Okafor Adeyemi Mensah Nowak Kowalski Murphy "
    "O'Brien Walsh Byrne MacLeod Campbell Hughes Edwards Lewis Chen Zhang Wong Kim Singh Kaur Hussain Ali "
    "Begum Carter Fletcher Pearson Harding Doyle Gallagher Marsh Ellison Thornton Bancroft Ashworth Pritchard"
).split()

FR_FEMALE = (
    "Camille Léa Chloé Manon Inès Jade Louise Zoé Clémence Hélène Mathilde Pauline Margaux Juliette Élodie "
    "Amélie Céline Sophie Aurélie Nadia Yasmine Samira Fatoumata Awa Maëlle Anaïs Noémie Bérénice Solène "
    "Agathe Océane Laëtitia Gaëlle Émilie Coralie Sandrine"
).split()
FR_MALE = (
    "Lucas Hugo Théo Louis Nathan Gabriel Arthur Raphaël Jules Mathis Maxime Antoine Julien Nicolas Romain "
    "Sébastien Jérôme Aurélien Clément Benoît Mehdi Karim Yanis Rayan Moussa Ibrahima Thibault Grégoire "
    "François Loïc Noé Stéphane Cédric Mickaël Hervé Rémi"
).split()
FR_LAST = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
    "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet Legrand "
    "Garnier Faure Rousseau Blanc Guérin Muller Roussel Perrin Morin Mathieu Gauthier Dumont Fontaine "
    "Chevalier Robin Benali Haddad Diallo Traoré Nguyen Tran Ferreira Belkacem Bouchard Lemaître Bérard "
    "Lévêque Desprès Péreira Cheval-Régnier Joubert Baudry"
).split()

INTL_FEMALE = (
    "Aiko Ingrid Giulia Valentina Sofia Elif Ayşe Olga Anya Yuki Ji-woo Lina Divya Ngozi Amara Leila Noura "
    "Beatriz Mariana Katarzyna Zsófia Astrid Thanh"
).split()
INTL_MALE = (
    "Sven Björn Lars Marco Alejandro Carlos Mehmet Dmitri Kenji Jin Min-jun Karan Kofi Youssef Tariq Javier "
    "João Henrik Ömer Matteo"
).split()
INTL_LAST = (
    "Andersson Johansson Larsen Rossi Bianchi Romano González Rodríguez Fernández Silva Santos Yılmaz Demir "
    "Öztürk Ivanova Petrov Tanaka Sato Suzuki Park Lee Choi Gupta Sharma Iyer Mehta Okonkwo Boateng El-Amrani "
    "Mansour Müller Schmidt Novák Kovács Horváth Jansen Kowalczyk Wiśniewska Lindqvist Costa"
).split()
# Two-word surnames are common in France and Spain; written with a space they stress name splitting.
COMPOUND_LAST = ("Da Silva", "De Vries", "Le Goff", "Van der Berg", "Dos Santos", "De la Fuente")

# Decorations seen on real names in Invitations and Member_Follows: emoji, credentials, stray spaces.
EMOJI = ("🚀", "✨", "🌍", "🌱", "📈", "💡", "🎯", "☕")
CREDENTIALS = ("PhD", "MBA", "CPA", "FCIPS", "PMP", "MSc", "ACCA", "CFA")


def fold(text: str) -> str:
    """ASCII-fold: "Hélène Lefèvre" -> "Helene Lefevre" (ł and ı have no decomposition, so map them)."""
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str, *, keep_unicode: bool = False) -> str:
    """Lower-case, hyphen-separated slug; `keep_unicode` keeps letters like "ğ" as some real slugs do."""
    base = text.lower() if keep_unicode else fold(text).lower()
    out: list[str] = []
    dash = False
    for char in base:
        if char.isalnum():
            out.append(char)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def pick_name(rng: random.Random, lang: str, *, local_share: float = 0.75) -> tuple[str, str, str]:
    """(first name, last name, gender "f"/"m") for a member of a `lang` person's network."""
    if rng.random() < local_share:
        female = rng.random() < 0.5
        if lang == "fr":
            first = rng.choice(FR_FEMALE if female else FR_MALE)
            last = rng.choice(COMPOUND_LAST) if rng.random() < 0.03 else rng.choice(FR_LAST)
        else:
            first = rng.choice(EN_FEMALE if female else EN_MALE)
            last = rng.choice(EN_LAST)
        return first, last, "f" if female else "m"
    female = rng.random() < 0.5
    first = rng.choice(INTL_FEMALE if female else INTL_MALE)
    last = rng.choice(COMPOUND_LAST) if rng.random() < 0.05 else rng.choice(INTL_LAST)
    return first, last, "f" if female else "m"


class SlugMaker:
    """Unique `/in/` slugs: vanity slugs for some, `first-last-1a2b3c4d` for most (as LinkedIn assigns)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def make(self, first: str, last: str) -> str:
        rng = self._rng
        keep_unicode = rng.random() < 0.03
        base = slugify(f"{first} {last}", keep_unicode=keep_unicode) or "member"
        slug = base if rng.random() < 0.15 else f"{base}-{rng.getrandbits(32):08x}"
        while slug in self._used:
            slug = f"{base}-{rng.getrandbits(32):08x}"
        self._used.add(slug)
        return slug

    def reserve(self, slug: str) -> None:
        self._used.add(slug)

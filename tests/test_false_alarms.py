"""Everyday senses of trigger words are no political events: "s'est arrêté" (stopped) is no arrest,
"appuyer sur le bouton" no support, "a rencontré un grand succès" no meeting. Each case pairs the
everyday sense, which must give no event of the type, with the political sense of the same word,
which must still give it (French and English where the same distinction exists)."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling import Coder

DAY = date(2026, 3, 12)

CASES = [
    # lang, everyday sense (no event of the type), political sense (an event of the type), type
    # reflexive verbs whose reflexive sense is no event
    ("fr", "Le cycliste s'est arrêté devant la boulangerie.", "La police a arrêté trois opposants à Dakar.", "COERCE"),
    ("fr", "Le camion s'est déporté sur la voie de gauche.", "Le gouvernement a déporté des centaines de migrants vers le Niger.", "COERCE"),
    ("fr", "Les bûcherons ont abattu des arbres dans la forêt.", "Les rebelles ont abattu un hélicoptère de l'armée.", "ASSAULT"),
    ("fr", "Il s'est tiré une balle dans la tête.", "Des soldats ont tiré sur les manifestants.", "ASSAULT"),
    ("en", "The man shot himself in the head.", "Soldiers shot three protesters in the capital.", "ASSAULT"),
    ("fr", "Le ministre s'est rendu compte de son erreur.", "Le ministre français s'est rendu à Moscou mardi.", "CONSULT"),
    ("fr", "Il s'est rendu chez ses parents à Lyon.", "Le ministre français s'est rendu à Moscou mardi.", "CONSULT"),
    ("fr", "Elle s'est rendue chez le médecin après sa chute.", "Le ministre français s'est rendu à Moscou mardi.", "CONSULT"),
    ("fr", "Il s'est équipé d'un casque avant de partir.", "La Russie a équipé l'armée syrienne.", "AID"),
    ("fr", "Elle s'est versé de l'eau sur le visage.", "L'Allemagne a versé dix millions d'euros au Niger.", "AID"),
    # a sense told by the object
    ("fr", "Le conducteur a appuyé sur le bouton d'arrêt.", "La France a appuyé la résolution des Nations unies.", "SUPPORT"),
    ("en", "The driver pressed the emergency button.", "The United States pressed Iran to release the prisoners.", "REQUEST"),
    ("fr", "Ce livre rencontre un grand succès en France.", "Le président ivoirien rencontre son homologue ghanéen.", "CONSULT"),
    ("en", "The book met with great success in France.", "The Ivorian president met his Ghanaian counterpart.", "CONSULT"),
    ("fr", "Les ouvriers ont évacué les gravats du chantier.", "L'armée française a évacué des civils de Kaboul.", "AID"),
    ("fr", "Les infirmières ont soigné ses brûlures.", "Des médecins cubains ont soigné des milliers de réfugiés haïtiens.", "AID"),
    ("fr", "Des militants ont distribué des tracts devant la mairie.", "Le PAM a distribué de la nourriture aux réfugiés soudanais.", "AID"),
    ("fr", "Le transporteur a livré une commande de meubles.", "La Russie a livré des armes à la Syrie.", "AID"),
    ("fr", "Les manifestations sportives ont été annulées.", "Des milliers d'étudiants ont organisé des manifestations contre le gouvernement.", "PROTEST"),
    ("fr", "Les manifestations sportives ont été annulées.", "Les syndicats ont annulé la manifestation prévue samedi.", "CONCEDE"),
    ("fr", "Tous les lits de l'hôpital ont été occupés.", "L'armée turque a occupé trois villages syriens.", "COERCE"),
    ("fr", "Le directeur a reçu des lunettes de protection.", "Le président malien a reçu son homologue sénégalais.", "CONSULT"),
    ("fr", "Ces chercheurs ont combattu le cancer pendant vingt ans.", "Les troupes gouvernementales ont combattu les rebelles près de Goma.", "ASSAULT"),
    ("en", "The charity has fought malaria in the Sahel for years.", "Government troops fought the rebels near Goma.", "ASSAULT"),
    ("fr", "Elle a immédiatement appelé la police.", "Le ministre a appelé la police à la retenue.", "REQUEST"),
    ("fr", "Une étincelle a fait exploser la bouteille de gaz.", "Les rebelles ont fait exploser un pont.", "ASSAULT"),
    ("fr", "Les secouristes ont retiré deux corps des décombres.", "Le Tchad a retiré ses troupes du Mali.", "RETREAT"),
    ("fr", "Le directeur a signé le registre de l'usine.", "Le Mali et le Niger ont signé un accord de défense.", "SUPPORT"),
    ("en", "The director signed the register of the factory.", "Mali and Niger signed a defence agreement.", "SUPPORT"),
]


@pytest.mark.parametrize(("lang", "everyday", "political", "type_"), CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_everyday_sense_is_no_event(coders: dict[str, Coder], lang: str, everyday: str, political: str, type_: str) -> None:
    coder = coders[lang]
    got = [e.type for e in coder.code(everyday, date=DAY)]
    assert type_ not in got, f"{everyday!r} coded {got}"
    assert type_ in [e.type for e in coder.code(political, date=DAY)], f"{political!r} lost its {type_}"


def test_se_faire_arreter_is_still_an_arrest(coder_fr: Coder) -> None:
    """The reflexive null entries leave the passive « se faire + infinitive » alone."""
    assert "COERCE" in [e.type for e in coder_fr.code("Le journaliste s'est fait arrêter par la police à Bamako.", date=DAY)]
    assert "COERCE" not in [e.type for e in coder_fr.code("Le journaliste s'est arrêté à Bamako.", date=DAY)]

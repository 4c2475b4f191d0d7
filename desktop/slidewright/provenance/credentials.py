"""A picture's Content Credentials as the checker and the slide editor use them.

``c2pa-python`` hands back the manifest store as JSON (the C2PA "manifest store" report). This
module keeps what a writer or editor acts on: who signed (certificate subject and organisation),
with what tool, how the picture was made (the digital source type), what was done to it (actions),
what it was made from (ingredients), who the manifest names as author, whether it may be used for
AI training, and whether it validates. Parsing is separate from reading so the rules can be tested
on manifest stores written by hand, and a malformed store yields what it can, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from slidewright.i18n import QT_TRANSLATE_NOOP, Message, listing
from slidewright.provenance.lookalikes import mixes_alphabets
from slidewright.provenance.sourcetypes import describe_source_type, is_ai_source_type

# trusted: valid and signed by a certificate in the writer's trust list; untrusted: valid, but the
# signer is not in the trust list (the honest default, with none configured); invalid: a check
# failed (the picture or the manifest was changed after signing, a broken signature);
# unreadable: the bytes hold a manifest that could not be read at all.
ValidationState = Literal["trusted", "untrusted", "invalid", "unreadable"]

# Codes that say only "not in your trust list": the signature itself is sound.
UNTRUSTED_CODES = frozenset({"signingCredential.untrusted", "timeStamp.untrusted"})

PLAIN_FAILURES: dict[str, str] = {
    "assertion.dataHash.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "the picture was changed after it was signed"
    ),
    "assertion.bmffHash.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "the picture was changed after it was signed"
    ),
    "assertion.boxesHash.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "the picture was changed after it was signed"
    ),
    "assertion.collectionHash.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "the picture was changed after it was signed"
    ),
    "assertion.hashedURI.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "a statement in the credentials was changed after signing"
    ),
    "assertion.missing": QT_TRANSLATE_NOOP(
        "Credentials", "a statement the signature covers is missing"
    ),
    "claimSignature.mismatch": QT_TRANSLATE_NOOP(
        "Credentials", "the signature does not match what was signed"
    ),
    "claimSignature.missing": QT_TRANSLATE_NOOP(
        "Credentials", "the credentials carry no signature"
    ),
    "claimSignature.outsideValidity": QT_TRANSLATE_NOOP(
        "Credentials", "it was signed outside the certificate's validity"
    ),
    "signingCredential.revoked": QT_TRANSLATE_NOOP(
        "Credentials", "the signer's certificate was revoked"
    ),
    "signingCredential.expired": QT_TRANSLATE_NOOP(
        "Credentials", "the signer's certificate had expired"
    ),
    "signingCredential.invalid": QT_TRANSLATE_NOOP(
        "Credentials", "the signer's certificate may not sign credentials"
    ),
    "signingCredential.invalidCert": QT_TRANSLATE_NOOP(
        "Credentials", "the signer's certificate is malformed"
    ),
    "manifest.inaccessible": QT_TRANSLATE_NOOP(
        "Credentials", "the credentials point to a manifest that is not in the file"
    ),
}

ACTION_WORDS: dict[str, str] = {
    "c2pa.created": QT_TRANSLATE_NOOP("Credentials", "created"),
    "c2pa.opened": QT_TRANSLATE_NOOP("Credentials", "opened"),
    "c2pa.placed": QT_TRANSLATE_NOOP("Credentials", "placed into another picture"),
    "c2pa.edited": QT_TRANSLATE_NOOP("Credentials", "edited"),
    "c2pa.color_adjustments": QT_TRANSLATE_NOOP("Credentials", "colours adjusted"),
    "c2pa.cropped": QT_TRANSLATE_NOOP("Credentials", "cropped"),
    "c2pa.resized": QT_TRANSLATE_NOOP("Credentials", "resized"),
    "c2pa.transcoded": QT_TRANSLATE_NOOP("Credentials", "re-encoded"),
    "c2pa.converted": QT_TRANSLATE_NOOP("Credentials", "converted"),
    "c2pa.filtered": QT_TRANSLATE_NOOP("Credentials", "filtered"),
    "c2pa.drawing": QT_TRANSLATE_NOOP("Credentials", "drawn on"),
    "c2pa.orientation": QT_TRANSLATE_NOOP("Credentials", "rotated"),
    "c2pa.published": QT_TRANSLATE_NOOP("Credentials", "published"),
    "c2pa.redacted": QT_TRANSLATE_NOOP("Credentials", "redacted"),
    "c2pa.removed": QT_TRANSLATE_NOOP("Credentials", "something removed"),
    "c2pa.repackaged": QT_TRANSLATE_NOOP("Credentials", "repackaged"),
}


@dataclass(frozen=True)
class CredentialAction:
    """One step in the picture's history: ``c2pa.resized``, by which software, how made."""

    action: str
    software: str = ""
    source_type: str = ""  # a digital source type URI, where the action names one

    @property
    def words(self) -> str:
        word = ACTION_WORDS.get(self.action, self.action.removeprefix("c2pa."))
        extra = [describe_source_type(self.source_type)] if self.source_type else []
        if self.software:
            with_software = QT_TRANSLATE_NOOP("CredentialAction", "with {software}")
            extra.append(with_software.format(software=self.software))
        if not extra:
            return word
        words = QT_TRANSLATE_NOOP("CredentialAction", "{action} ({details})")
        return words.format(action=word, details=listing(extra))


@dataclass(frozen=True)
class Ingredient:
    """A picture this one was made from: ``parentOf`` is the one it was derived from."""

    title: str
    relationship: str = "componentOf"
    source_type: str = ""


@dataclass(frozen=True)
class ContentCredentials:
    state: ValidationState
    signer: str = ""  # the certificate's common name
    organisation: str = ""  # the certificate's organisation (c2pa-rs calls it "issuer")
    generator: str = ""  # the claim generator: the tool that wrote the manifest
    actions: tuple[CredentialAction, ...] = ()
    ingredients: tuple[Ingredient, ...] = ()
    authors: tuple[str, ...] = ()  # stds.schema-org.CreativeWork authors
    ai_training: str = ""  # "notAllowed", "constrained", "allowed" or ""
    failures: tuple[str, ...] = ()  # plain sentences, for state "invalid" or "unreadable"

    @property
    def source_type(self) -> str:
        """How the picture was made: the created/opened action's source type, else any action's."""
        ranked = sorted(self.actions, key=lambda a: a.action not in ("c2pa.created", "c2pa.opened"))
        return next((a.source_type for a in ranked if a.source_type), "")

    @property
    def ai_made(self) -> bool:
        """Generated or changed by AI, by the manifest's own actions or its ingredients."""
        kinds = [a.source_type for a in self.actions] + [i.source_type for i in self.ingredients]
        return any(is_ai_source_type(kind) for kind in kinds)

    @property
    def signed_by(self) -> str:
        """ "Harbour Desk (Harbour Photo Agency)", or whichever of the two the certificate has;
        a name that mixes alphabets ("Photo Desk (АFP)", a Cyrillic А) says so, since it reads
        as an agency's and is not its name."""
        if self.signer and self.organisation and self.organisation != self.signer:
            name = f"{self.signer} ({self.organisation})"
        else:
            name = (
                self.signer
                or self.organisation
                or QT_TRANSLATE_NOOP("ContentCredentials", "an unnamed signer")
            )
        if mixes_alphabets(name):
            mixed = QT_TRANSLATE_NOOP(
                "ContentCredentials", "{signer}, a name that mixes letters of two alphabets"
            )
            return mixed.format(signer=name)
        return name

    @property
    def summary(self) -> str:
        """One line for the slide editor: signed by whom, made how, valid or not."""
        made = describe_source_type(self.source_type) if self.source_type else ""
        failure = self.failures[0] if self.failures else ""
        verdict: Message
        if self.state == "trusted":
            verdict = QT_TRANSLATE_NOOP("ContentCredentials", "valid, signer in your trust list")
        elif self.state == "untrusted":
            verdict = QT_TRANSLATE_NOOP(
                "ContentCredentials", "valid, signer not in your trust list"
            )
        elif self.state == "invalid":
            verdict = QT_TRANSLATE_NOOP("ContentCredentials", "NOT valid: {failure}").format(
                failure=failure or QT_TRANSLATE_NOOP("ContentCredentials", "a check failed")
            )
        elif failure:
            verdict = QT_TRANSLATE_NOOP("ContentCredentials", "could not be read: {failure}")
            verdict = verdict.format(failure=failure)
        else:
            verdict = QT_TRANSLATE_NOOP("ContentCredentials", "could not be read")
        signed = QT_TRANSLATE_NOOP("ContentCredentials", "signed by {signer}")
        parts = [signed.format(signer=self.signed_by)] if self.state != "unreadable" else []
        return listing([*parts, *([made] if made else []), verdict], "; ")


def credentials_json(credentials: ContentCredentials) -> dict[str, Any]:
    """What ``check --format json`` says of a picture's credentials: what the window shows."""
    return {
        "state": credentials.state,
        "summary": credentials.summary,
        "signer": credentials.signer,
        "organisation": credentials.organisation,
        "generator": credentials.generator,
        "source_type": credentials.source_type,
        "ai_made": credentials.ai_made,
        "authors": list(credentials.authors),
        "actions": [action.action for action in credentials.actions],
        "ingredients": [
            {"title": item.title, "relationship": item.relationship}
            for item in credentials.ingredients
        ],
        "ai_training": credentials.ai_training,
        "failures": list(credentials.failures),
    }


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _software(agent: Any) -> str:
    if isinstance(agent, Mapping):
        name, version = _text(agent.get("name")), _text(agent.get("version"))
        return f"{name} {version}".strip()
    return _text(agent)


def _generator(manifest: Mapping[str, Any]) -> str:
    infos = _items(manifest.get("claim_generator_info"))
    if infos:
        return _software(infos[0])
    return _text(manifest.get("claim_generator"))


def _actions(assertions: Iterable[Mapping[str, Any]]) -> tuple[CredentialAction, ...]:
    found = []
    for assertion in assertions:
        if _text(assertion.get("label")).split(".v")[0] != "c2pa.actions":
            continue
        for action in _items(_mapping(assertion.get("data")).get("actions")):
            action = _mapping(action)
            name = _text(action.get("action"))
            if name:
                found.append(
                    CredentialAction(
                        name,
                        _software(action.get("softwareAgent")),
                        _text(action.get("digitalSourceType")),
                    )
                )
    return tuple(found)


def _authors(assertions: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    names: list[str] = []
    for assertion in assertions:
        if not _text(assertion.get("label")).startswith("stds.schema-org.CreativeWork"):
            continue
        authors = _mapping(assertion.get("data")).get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = _text(_mapping(author).get("name")) or _text(author)
            if name and name not in names:
                names.append(name)
    return tuple(names)


def _ai_training(assertions: Iterable[Mapping[str, Any]]) -> str:
    """The strictest answer any training-and-mining entry about AI training gives."""
    strictness = {"notAllowed": 2, "constrained": 1, "allowed": 0}
    answer = ""
    for assertion in assertions:
        if "training-mining" not in _text(assertion.get("label")):
            continue
        for key, entry in _mapping(_mapping(assertion.get("data")).get("entries")).items():
            use = _text(_mapping(entry).get("use"))
            if "training" in str(key) and use in strictness:
                if not answer or strictness[use] > strictness[answer]:
                    answer = use
    return answer


def _failure_codes(store: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    results = _mapping(_mapping(store.get("validation_results")).get("activeManifest"))
    if "failure" in results:
        return [_mapping(item) for item in _items(results.get("failure"))]
    return [_mapping(item) for item in _items(store.get("validation_status"))]


def _failures(store: Mapping[str, Any]) -> tuple[tuple[str, ...], bool]:
    """Plain sentences for the failed checks, and whether the signer was not trusted."""
    sentences: list[str] = []
    untrusted = False
    for item in _failure_codes(store):
        code = _text(item.get("code"))
        if code in UNTRUSTED_CODES:
            untrusted = True
            continue
        sentence = PLAIN_FAILURES.get(code) or _text(item.get("explanation")) or code
        if sentence and sentence not in sentences:
            sentences.append(sentence)
    return tuple(sentences), untrusted


def parse_manifest_store(store: Mapping[str, Any]) -> ContentCredentials:
    """The active manifest of a C2PA manifest store report (``Reader.json()``)."""
    manifests = _mapping(store.get("manifests"))
    manifest = _mapping(manifests.get(_text(store.get("active_manifest"))))
    if not manifest:
        no_manifest = QT_TRANSLATE_NOOP("Credentials", "the file names no active manifest")
        return ContentCredentials("unreadable", failures=(no_manifest,))
    assertions = [_mapping(a) for a in _items(manifest.get("assertions"))]
    signature = _mapping(manifest.get("signature_info"))
    failures, untrusted = _failures(store)
    state: ValidationState
    if failures:
        state = "invalid"
    elif untrusted or _text(store.get("validation_state")).casefold() != "trusted":
        state = "untrusted"
    else:
        state = "trusted"
    ingredients = []
    for item in _items(manifest.get("ingredients")):
        item = _mapping(item)
        parent_manifest = _mapping(manifests.get(_text(item.get("active_manifest"))))
        parent_actions = _actions(_mapping(a) for a in _items(parent_manifest.get("assertions")))
        kinds = [a.source_type for a in parent_actions if a.source_type]
        ingredients.append(
            Ingredient(
                _text(item.get("title")) or QT_TRANSLATE_NOOP("Credentials", "untitled"),
                _text(item.get("relationship")) or "componentOf",
                kinds[0] if kinds else "",
            )
        )
    return ContentCredentials(
        state=state,
        signer=_text(signature.get("common_name")),
        organisation=_text(signature.get("issuer")),
        generator=_generator(manifest),
        actions=_actions(assertions),
        ingredients=tuple(ingredients),
        authors=_authors(assertions),
        ai_training=_ai_training(assertions),
        failures=failures,
    )

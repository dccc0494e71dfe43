"""What the voice says, sentence by sentence, and where each sentence stands in the text."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.speech.normalize import normalize_for_speech, split_sentences


@dataclass(frozen=True, slots=True)
class BlockText:
    """A block's text, and what to say before it (for a photo: "Photo:").

    Attributes:
        text: The text as shown.
        spoken_prefix: Said before the first sentence.
        spoken: Said instead of the text, when the shown words are the
            interface's rather than the document's (the photos part's title).
    """

    text: str
    spoken_prefix: str = ""
    spoken: str | None = None


@dataclass(frozen=True)
class SpokenWords:
    """Words the voice says that are not in the document, in its language."""

    photos_title: str
    photo_prefix: str


def spoken_words(language: str) -> SpokenWords:
    """Return the voice's own words for a document in ``language`` (a BCP 47 tag).

    They follow the document, not the interface: a Mandarin voice reading an
    English word would switch to English in the middle of the text.
    """
    if language.lower().startswith(("zh", "cmn")):
        return SpokenWords("图片", "图片：")
    return SpokenWords("Photos", "Photo: ")


@dataclass(frozen=True, slots=True)
class Utterance:
    """One sentence to speak.

    Attributes:
        block: The block of the document it comes from.
        start: Where it starts in the block's text.
        end: Where it ends in the block's text.
        spoken: What the voice says (numbers as words, no unspoken marks).
    """

    block: int
    start: int
    end: int
    spoken: str


def utterances_of(  # noqa: PLR0913 (all but the first two are optional refinements)
    block: int,
    text: str,
    *,
    spoken_prefix: str = "",
    spoken: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[Utterance]:
    """Split one block's text into utterances.

    Args:
        block: The block's index.
        text: Its text.
        spoken_prefix: Said before the first sentence (e.g. "图片：" for a photo).
        spoken: Said instead of the text, as one utterance.
        start: Speak from this character (a selection, or the middle of a paragraph).
        end: Speak up to this character.

    Returns:
        The sentences in order; a sentence that becomes empty once normalised
        (only punctuation) is left out.
    """
    stop = len(text) if end is None else end
    result: list[Utterance] = []
    if spoken is not None:
        return [Utterance(block, start, stop, spoken)] if spoken.strip() and start < stop else []
    for first, last in split_sentences(text):
        lo, hi = max(first, start), min(last, stop)
        if lo >= hi:
            continue
        said = normalize_for_speech(text[lo:hi]).strip()
        if not result and spoken_prefix:
            said = spoken_prefix + said
        if said.strip("，。、；：！？ "):
            result.append(Utterance(block, lo, hi, said))
    return result

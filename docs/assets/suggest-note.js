/*
 * "Suggest a note": select words of a brief's article, get the YAML of a note that anchors
 * there, ready to paste into the brief's annotation file.
 *
 * The quote must be the article's own text (`Article.text`: the paragraphs joined by blank
 * lines), not what the page shows around it: note-marker numbers, popovers, tooltips and
 * the dateline are not part of it. The renderer puts an empty `.brief-text-map` element just
 * before the article, with each paragraph's length and the dateline's; the script rebuilds
 * the text from the paragraphs' elements (a prose <p>, or the `.brief-paragraph` element of a
 * subheading, a quotation, a list item or code), leaving out buttons, heading permalinks and
 * other page furniture, and refuses when a paragraph's length differs from the map's
 * (characters the page does not show). A list's bullets and a quotation's `>` marks are in
 * the page, hidden by the stylesheet (`.brief-source-mark`), so they count; code shows its
 * line breaks and indentation, which `Article.text` holds as single spaces, so a code
 * paragraph's whitespace runs count as one space. A selection's boundaries are measured in
 * that text, wherever they fall: inside a glossary link, a <time>, a highlight or a marker.
 *
 * The selector rules below mirror `briefs/suggest.py` line for line, where they are tested
 * against the anchoring the check uses: read the module docstring there for why each rule
 * is what it is. Article text is untrusted: it only ever reaches the page as textContent.
 */
(function () {
  "use strict";

  // ---- Selector rules (briefs/suggest.py) --------------------------------------------------

  const SEPARATOR = "\n\n";
  // Python's str.isspace(), which `briefs.anchor` relies on through re's \s.
  const WHITESPACE = "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const SPACE = new RegExp("[" + WHITESPACE + "]");
  const SPACE_RUNS = new RegExp("[" + WHITESPACE + "]+", "g");
  const COLLAPSIBLE = new RegExp("[" + WHITESPACE + "]{2,}|[" + WHITESPACE.replace("\\x1c-\\x20", "\\x1c-\\x1f") + "]", "g");
  const QUOTE_MARKS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  };
  const QUOTE_MARK = /[\u2018\u2019\u201a\u201b\u2032`\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
  const ID_WORDS = 4;
  const ID_MAX_CHARS = 40;
  const FALLBACK_ID = "note";

  function isSpace(character) {
    return SPACE.test(character);
  }

  function normalize(text) {
    return text.replace(COLLAPSIBLE, " ").replace(QUOTE_MARK, (mark) => QUOTE_MARKS[mark]);
  }

  function normalizeQuote(text) {
    return normalize(text).replace(/^ +| +$/g, "");
  }

  function tidy(context) {
    return context.split(SPACE_RUNS).filter(Boolean).join(" ");
  }

  function suggestSelector(text, start, end, taken) {
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(0, Math.min(end, text.length));
    const worded = freePieces(text, start, end, taken).filter((piece) => piece[0] < piece[1]);
    let leftOut = leftOutReasons(text, start, end, taken, worded);
    if (!worded.length) {
      return { status: leftOut.includes("already-quoted") ? "quoted" : "no-words", leftOut };
    }
    const chosen = worded.reduce((best, piece) => (piece[1] - piece[0] > best[1] - best[0] ? piece : best));
    leftOut = leftOut.filter((reason) => reason !== "other-paragraph"
      || worded.some((piece) => paragraphOf(text, piece[0]) !== paragraphOf(text, chosen[0])));
    const context = findContext(text, chosen[0], chosen[1]);
    if (context === null) return { status: "repeated", start: chosen[0], end: chosen[1], leftOut };
    return {
      status: "ok", start: chosen[0], end: chosen[1], leftOut,
      exact: text.slice(chosen[0], chosen[1]), prefix: tidy(context[0]), suffix: tidy(context[1]),
    };
  }

  function freePieces(text, start, end, taken) {
    const cuts = [];
    for (let index = start; index < end; index += 1) {
      if (text.startsWith(SEPARATOR, index)) cuts.push([index, index + SEPARATOR.length]);
    }
    for (const [first, last] of taken) {
      if (first < end && start < last) cuts.push([Math.max(start, first), Math.min(end, last)]);
    }
    cuts.sort((one, other) => one[0] - other[0] || one[1] - other[1]);
    const pieces = [];
    let position = start;
    for (const [first, last] of cuts) {
      if (first > position) pieces.push(trim(text, position, first));
      position = Math.max(position, last);
    }
    if (end > position) pieces.push(trim(text, position, end));
    return pieces;
  }

  function trim(text, start, end) {
    while (start < end && isSpace(text[start])) start += 1;
    while (end > start && isSpace(text[end - 1])) end -= 1;
    return [start, end];
  }

  function leftOutReasons(text, start, end, taken, worded) {
    const reasons = [];
    if (new Set(worded.map((piece) => paragraphOf(text, piece[0]))).size > 1) reasons.push("other-paragraph");
    const covered = taken.some(([first, last]) => first < end && start < last
      && tidy(text.slice(Math.max(start, first), Math.min(end, last))) !== "");
    if (covered) reasons.push("already-quoted");
    return reasons;
  }

  function paragraphOf(text, offset) {
    let count = 0;
    let index = text.indexOf(SEPARATOR);
    while (index !== -1 && index + SEPARATOR.length <= offset) {
      count += 1;
      index = text.indexOf(SEPARATOR, index + SEPARATOR.length);
    }
    return count;
  }

  function findContext(text, start, end) {
    const normal = normalize(text);
    const quoteStart = normalize(text.slice(0, start)).length;
    const quote = normalizeQuote(text.slice(start, end));
    const others = hits(normal, quote).filter((hit) => hit !== quoteStart);
    if (!others.length) return ["", ""];
    const before = start >= SEPARATOR.length ? text.lastIndexOf(SEPARATOR, start - SEPARATOR.length) : -1;
    const after = text.indexOf(SEPARATOR, end);
    const paragraphStart = before === -1 ? 0 : before + SEPARATOR.length;
    const paragraphEnd = after === -1 ? text.length : after;
    for (const [first, last] of [[paragraphStart, paragraphEnd], [0, text.length]]) {
      const prefixes = wordStarts(text, first, start).map((begin) => text.slice(begin, start));
      const suffixes = wordEnds(text, end, last).map((stop) => text.slice(end, stop));
      const chosen = shortestContext(normal, quote.length, others, prefixes, suffixes);
      if (chosen !== null) return chosen;
    }
    return null;
  }

  function hits(haystack, needle) {
    const found = [];
    let position = haystack.indexOf(needle);
    while (position !== -1) {
      found.push(position);
      position = haystack.indexOf(needle, position + 1);
    }
    return found;
  }

  function wordStarts(text, limit, start) {
    const starts = [];
    for (let index = start - 1; index >= limit; index -= 1) {
      if (!isSpace(text[index]) && (index === limit || isSpace(text[index - 1]))) starts.push(index);
    }
    return starts;
  }

  function wordEnds(text, end, limit) {
    const ends = [];
    for (let index = end + 1; index <= limit; index += 1) {
      if (!isSpace(text[index - 1]) && (index === limit || isSpace(text[index]))) ends.push(index);
    }
    return ends;
  }

  function shortestContext(normal, length, others, prefixes, suffixes) {
    const normalPrefixes = prefixes.map(normalizeQuote);
    const normalSuffixes = suffixes.map(normalizeQuote);
    const shared = others.map((hit) => [
      sharedCount(normalPrefixes, (piece) => endsBefore(normal, hit, piece)),
      sharedCount(normalSuffixes, (piece) => startsAfter(normal, hit + length, piece)),
    ]);
    let best = null; // [characters, prefix words, suffix words]
    for (let wordsBefore = 0; wordsBefore <= prefixes.length; wordsBefore += 1) {
      let wordsAfter = 0;
      for (const [before, after] of shared) {
        if (before >= wordsBefore) wordsAfter = Math.max(wordsAfter, after + 1);
      }
      if (wordsAfter > suffixes.length) continue;
      const size = (wordsBefore ? prefixes[wordsBefore - 1].length : 0) + (wordsAfter ? suffixes[wordsAfter - 1].length : 0);
      if (best === null || size < best[0]) best = [size, wordsBefore, wordsAfter];
    }
    if (best === null) return null;
    return [best[1] ? prefixes[best[1] - 1] : "", best[2] ? suffixes[best[2] - 1] : ""];
  }

  function sharedCount(candidates, matches) {
    let count = 0;
    while (count < candidates.length && matches(candidates[count])) count += 1;
    return count;
  }

  function endsBefore(normal, position, piece) {
    if (position > 0 && normal[position - 1] === " ") position -= 1;
    return position >= piece.length && normal.startsWith(piece, position - piece.length);
  }

  function startsAfter(normal, position, piece) {
    if (position < normal.length && normal[position] === " ") position += 1;
    return normal.startsWith(piece, position);
  }

  function noteIdFor(quote, existing) {
    const folded = quote.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/['.]/g, "");
    const words = folded.match(/[a-z0-9]+/g) || [];
    let base = "";
    for (const word of words.slice(0, ID_WORDS)) {
      const joined = base ? base + "-" + word : word;
      if (joined.length > ID_MAX_CHARS) break;
      base = joined;
    }
    base = base || (words.length ? words[0].slice(0, ID_MAX_CHARS) : FALLBACK_ID);
    let candidate = base;
    for (let number = 2; existing.has(candidate); number += 1) candidate = base + "-" + number;
    return candidate;
  }

  // ---- YAML --------------------------------------------------------------------------------

  // Characters a YAML double-quoted scalar must escape: PyYAML refuses controls and C1
  // characters in a file, and reads U+0085, U+2028 and U+2029 as line breaks.
  const YAML_ESCAPED = /[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const YAML_SHORT = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t" };

  function yamlString(text) {
    return '"' + text.replace(YAML_ESCAPED, (character) => YAML_SHORT[character]
      || "\\u" + character.charCodeAt(0).toString(16).padStart(4, "0")) + '"';
  }

  const NOTE_TYPES = "context, fact-check, background or what-to-watch";
  const BODY_PLACEHOLDER = ["Replace this with what a reader needs to know about the quoted words,",
    "in your own words; every fact needs a source below."];
  const SOURCE_TITLE_PLACEHOLDER = "Replace with the source's title (and who published it)";
  const SOURCE_URL_PLACEHOLDER = "https://example.org/replace-with-the-source-address";

  /** A note as an item of `notes:`, indented as in docs/contributing.md. */
  function noteYaml(noteId, suggestion) {
    const lines = [`  - id: ${noteId}`, `    quote: ${yamlString(suggestion.exact)}`];
    if (suggestion.prefix) lines.push(`    prefix: ${yamlString(suggestion.prefix)}`);
    if (suggestion.suffix) lines.push(`    suffix: ${yamlString(suggestion.suffix)}`);
    lines.push(
      `    type: context  # or ${NOTE_TYPES.replace("context, ", "")}`,
      "    body: |",
      ...BODY_PLACEHOLDER.map((line) => `      ${line}`),
      "    sources:",
      `      - title: ${yamlString(SOURCE_TITLE_PLACEHOLDER)}`,
      `        url: ${SOURCE_URL_PLACEHOLDER}`,
    );
    return lines.join("\n") + "\n";
  }

  // ---- The article on the page -------------------------------------------------------------

  // Page furniture inside article paragraphs that is not article text.
  const NOT_TEXT = "button, [popover], [hidden], [aria-hidden='true'], script, style, template, .headerlink, .md-tooltip, .md-tooltip2, .suggest-note, .suggest-note__trigger";
  // An article paragraph drawn inside a block (subheading, quotation, list item, code); a prose paragraph is a bare <p>.
  const PARAGRAPH = ".brief-paragraph";
  // A paragraph shown with its line breaks and indentation (code): `Article.text` has each whitespace run as one space.
  const COLLAPSED = ".brief-code__text";

  function textNodes(paragraph) {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          return node.matches(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  /**
   * The article's paragraph elements, as many as the map lists: in the blocks right after it,
   * each block either a paragraph itself (a prose <p>, a subheading) or holding some (a
   * quotation's, a list's items, code). The first block holding none ends the article.
   */
  function articleParagraphs(map, count) {
    const paragraphs = [];
    for (let node = map.nextElementSibling; node && paragraphs.length < count; node = node.nextElementSibling) {
      const inside = node.matches(PARAGRAPH) ? [node] : [...node.querySelectorAll(PARAGRAPH)];
      if (!inside.length && node.tagName !== "P") break;
      paragraphs.push(...(inside.length ? inside : [node]));
    }
    return paragraphs.slice(0, count);
  }

  /** Length in `Article.text` of a paragraph's first `end` characters on the page (after the dateline). */
  function articleLength(shown, end, collapsed) {
    if (!collapsed) return end;
    const head = shown.slice(0, end);
    const words = tidy(head);
    return words.length + (words && isSpace(head[head.length - 1]) ? 1 : 0);
  }

  /** The article's paragraphs and text as `Article.text` holds them, or null on a page with no article. */
  function readArticle() {
    const map = document.querySelector(".brief-text-map");
    if (!map) return null;
    const lengths = (map.dataset.paragraphLengths || "").split(" ").filter(Boolean).map(Number);
    const datelineLength = Number(map.dataset.datelineLength || 0);
    const paragraphs = articleParagraphs(map, lengths.length);
    const skips = paragraphs.map((_, index) => (index === 0 ? datelineLength : 0));
    const collapsed = paragraphs.map((paragraph) => paragraph.matches(COLLAPSED));
    // Each paragraph's text as the page holds it, after the dateline; then as `Article.text` holds it.
    const shown = paragraphs.map((paragraph, index) => textNodes(paragraph).map((node) => node.data).join("").slice(skips[index]));
    const texts = shown.map((text, index) => (collapsed[index] ? tidy(text) : text));
    const faithful = paragraphs.length === lengths.length
      && texts.every((text, index) => text.length === lengths[index]);
    const starts = [];
    let offset = 0;
    for (const length of lengths) {
      starts.push(offset);
      offset += length + SEPARATOR.length;
    }
    const text = texts.join(SEPARATOR);
    return { paragraphs, lengths, skips, collapsed, shown, starts, text, faithful };
  }

  /** Offset in `Article.text` of a DOM boundary point inside paragraph `index`. */
  function textOffset(article, index, container, offset) {
    const paragraph = article.paragraphs[index];
    const probe = document.createRange();
    probe.setStart(paragraph, 0);
    probe.setEnd(container, offset);
    let count = 0;
    for (const node of textNodes(paragraph)) {
      if (node === container) {
        count += offset;
        break;
      }
      if (probe.comparePoint(node, node.length) > 0) break; // the node ends after the boundary
      count += node.length;
    }
    const own = Math.max(0, count - article.skips[index]);
    const local = Math.min(articleLength(article.shown[index], own, article.collapsed[index]), article.lengths[index]);
    return article.starts[index] + local;
  }

  /** [start, end) of `range` in `Article.text`, or null when it touches no article paragraph. */
  function rangeOffsets(article, range) {
    const touched = [];
    article.paragraphs.forEach((paragraph, index) => {
      if (range.intersectsNode(paragraph)) touched.push(index);
    });
    if (!touched.length) return null;
    const first = touched[0];
    const last = touched[touched.length - 1];
    const within = (index, node) => article.paragraphs[index].contains(node);
    const start = within(first, range.startContainer)
      ? textOffset(article, first, range.startContainer, range.startOffset) : article.starts[first];
    const end = within(last, range.endContainer)
      ? textOffset(article, last, range.endContainer, range.endOffset) : article.starts[last] + article.lengths[last];
    return [start, end];
  }

  /** [start, end) in `Article.text` of every note highlight: a new quote must not overlap one. */
  function takenRanges(article) {
    const taken = [];
    article.paragraphs.forEach((paragraph, index) => {
      for (const mark of paragraph.querySelectorAll("mark.note-quote")) {
        taken.push([textOffset(article, index, mark, 0), textOffset(article, index, mark, mark.childNodes.length)]);
      }
    });
    return taken;
  }

  function existingNoteIds() {
    const ids = new Set();
    for (const item of document.querySelectorAll(".brief-notes > li[id^='note-']")) ids.add(item.id.slice("note-".length));
    return ids;
  }

  // ---- What the dialog says ----------------------------------------------------------------

  const MESSAGES = {
    outside: "Select words of the article itself: the headline, the summary, the photo caption and the notes are not part of the text a note can quote.",
    "no-words": "Select some words of the article first: with the mouse, or with Shift and the arrow keys (turn on caret browsing with F7).",
    quoted: "These words are already highlighted by a note, and highlights cannot overlap. Select words outside the highlight, or edit that note.",
    repeated: "These words occur more than once with the same words around them, so no quote can tell them apart. Select a longer passage.",
    unfaithful: "This article holds characters the page does not show, so a quote copied from here might not match it. Copy the quote from the seed file instead.",
    "other-paragraph": "A note quotes words of one paragraph, so only the longest part of your selection in one paragraph is kept.",
    "already-quoted": "Words already highlighted by another note are left out: highlights cannot overlap.",
  };

  /** The outcome for the current selection: {suggestion, noteId, yaml} or {problem}, plus notices. */
  function suggestForRange(range) {
    const article = readArticle();
    if (!article || !article.paragraphs.length) return { problem: MESSAGES.outside, notices: [] };
    if (!article.faithful) return { problem: MESSAGES.unfaithful, notices: [] };
    const offsets = range ? rangeOffsets(article, range) : null;
    if (!offsets) return { problem: range && !range.collapsed ? MESSAGES.outside : MESSAGES["no-words"], notices: [] };
    const suggestion = suggestSelector(article.text, offsets[0], offsets[1], takenRanges(article));
    const notices = suggestion.leftOut.map((reason) => MESSAGES[reason]);
    if (suggestion.status !== "ok") return { problem: MESSAGES[suggestion.status], notices };
    const noteId = noteIdFor(suggestion.exact, existingNoteIds());
    return { suggestion, noteId, yaml: noteYaml(noteId, suggestion), notices };
  }

  // ---- Page ----------------------------------------------------------------------------------

  const SHORTCUT = "Alt+Shift+N";

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function editLink() {
    const link = document.querySelector("a.md-content__button[rel='edit'], a.md-content__button[title='Edit this page']");
    return link ? link.href : null;
  }

  /** The annotation file as the project names it (`annotations/<slug>.yml`), from the edit address. */
  function fileName(address) {
    try {
      return new URL(address).pathname.split("/").slice(-2).map(decodeURIComponent).join("/");
    } catch (error) {
      return "";
    }
  }

  /** Where the script's elements go: inside the main landmark, as all page content should be. */
  function landmark() {
    return document.querySelector("main") || document.body;
  }

  function buildDialog() {
    const dialog = element("dialog", { class: "suggest-note md-typeset", "aria-labelledby": "suggest-note-title" });
    const heading = element("h2", { id: "suggest-note-title" }, "Suggest a note");
    const notices = element("div", { class: "suggest-note__notices" });
    const help = element("p", { class: "suggest-note__help" });
    // A region: focusable so that the keyboard can scroll it, and named (a plain <pre> may not carry a name).
    const yaml = element("pre", { class: "suggest-note__yaml", tabindex: "0", role: "region", "aria-label": "The note, in YAML" });
    yaml.append(element("code"));
    const actions = element("div", { class: "suggest-note__actions" });
    const copy = element("button", { type: "button", class: "suggest-note__button suggest-note__button--primary suggest-note__copy" }, "Copy YAML");
    const edit = element("a", { class: "suggest-note__button suggest-note__edit", target: "_blank", rel: "noopener" });
    const close = element("button", { type: "button", class: "suggest-note__button suggest-note__close" }, "Close");
    actions.append(copy, edit, close);
    const status = element("p", { class: "suggest-note__status", role: "status" });
    dialog.append(heading, notices, help, yaml, actions, status);
    close.addEventListener("click", () => dialog.close());
    copy.addEventListener("click", () => copyYaml(dialog));
    landmark().append(dialog);
    return dialog;
  }

  function fill(dialog, outcome) {
    const notices = dialog.querySelector(".suggest-note__notices");
    notices.replaceChildren(...[outcome.problem, ...outcome.notices].filter(Boolean)
      .map((text, index) => element("p", { class: index === 0 && outcome.problem ? "suggest-note__problem" : "suggest-note__notice" }, text)));
    const address = editLink();
    const name = address ? fileName(address) : "";
    const help = dialog.querySelector(".suggest-note__help");
    help.replaceChildren("Paste this under ", element("code", {}, "notes:"), " in ",
      name ? element("code", {}, name) : "the brief's annotation file",
      ", write the body and the source in place of the placeholders, then run ",
      element("code", {}, "python -m briefs check"), ".");
    const code = dialog.querySelector(".suggest-note__yaml code");
    code.textContent = outcome.yaml || "";
    const edit = dialog.querySelector(".suggest-note__edit");
    edit.hidden = !address;
    if (address) {
      edit.href = address;
      edit.textContent = `Edit ${name || "the annotation file"} on GitHub`;
      if (!/github\.com/.test(address)) edit.textContent = `Edit ${name || "the annotation file"}`;
    }
    for (const node of [help, dialog.querySelector(".suggest-note__yaml"), dialog.querySelector(".suggest-note__copy")]) {
      node.hidden = !outcome.yaml;
    }
    dialog.querySelector(".suggest-note__status").textContent = "";
  }

  async function copyYaml(dialog) {
    const status = dialog.querySelector(".suggest-note__status");
    const code = dialog.querySelector(".suggest-note__yaml code");
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = "Copied. Paste it into the annotation file.";
    } catch (error) {
      // No clipboard permission (or no secure context): select the text for Ctrl+C instead.
      window.getSelection().selectAllChildren(code);
      status.textContent = "The browser did not allow copying: the YAML is selected, press Ctrl+C (or ⌘C) to copy it.";
    }
  }

  function start() {
    if (!document.querySelector(".brief-text-map")) return;
    const trigger = element("button", {
      type: "button", class: "suggest-note__trigger", hidden: "", "aria-keyshortcuts": SHORTCUT,
      title: `Suggest a note on the selected words (${SHORTCUT})`,
    }, "Suggest a note");
    landmark().append(trigger);
    const dialog = buildDialog();
    let selected = null; // the last selection in the article, kept while the dialog opens
    let opener = null;

    function selectedRange() {
      const selection = window.getSelection();
      return selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    }

    // Read once: the page's structure does not change (selectionchange fires on every drag step).
    const map = document.querySelector(".brief-text-map");
    const paragraphs = articleParagraphs(map, (map.dataset.paragraphLengths || "").split(" ").filter(Boolean).length);

    function articleSelection() {
      const range = selectedRange();
      return range && paragraphs.some((paragraph) => range.intersectsNode(paragraph)) ? range : null;
    }

    function place(range) {
      const rects = range.getClientRects();
      const rect = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
      trigger.hidden = false;
      const width = trigger.offsetWidth;
      const left = Math.max(8, Math.min(rect.right - width / 2, document.documentElement.clientWidth - width - 8));
      // Absolute position is relative to the nearest positioned ancestor, wherever that is.
      const origin = (trigger.offsetParent || document.body).getBoundingClientRect();
      trigger.style.left = `${left - origin.left}px`;
      trigger.style.top = `${rect.bottom - origin.top + 8}px`;
    }

    function open(range) {
      opener = document.activeElement;
      fill(dialog, suggestForRange(range));
      dialog.showModal();
      (dialog.querySelector(".suggest-note__copy:not([hidden])") || dialog.querySelector(".suggest-note__close")).focus();
    }

    document.addEventListener("selectionchange", () => {
      if (dialog.open) return;
      const range = articleSelection();
      if (range) {
        selected = range.cloneRange();
        place(range);
      } else if (document.activeElement !== trigger) {
        trigger.hidden = true;
      }
    });
    // Keep the selection when the button is pressed with a mouse or a finger.
    trigger.addEventListener("pointerdown", (event) => event.preventDefault());
    trigger.addEventListener("click", () => open(articleSelection() || selected));
    window.addEventListener("keydown", (event) => {
      if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyN") || dialog.open) return;
      event.preventDefault();
      event.stopImmediatePropagation(); // Material reads "n" as "next page"
      open(selectedRange());
    }, true);
    dialog.addEventListener("close", () => {
      const back = opener && opener.isConnected && opener !== document.body ? opener : trigger.hidden ? null : trigger;
      if (back) back.focus();
      opener = null;
    });
  }

  // Exposed for the browser test, which compares these rules with briefs/suggest.py.
  window.briefsSuggestNote = { suggestSelector, noteIdFor, yamlString, readArticle, rangeOffsets, suggestForRange };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

"""Wrapping and filling text: wrap, fill, shorten, dedent, indent and TextWrapper."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(ch):
    return ch.isalpha()


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _split_hyphenated(word):
    """Splits a non-whitespace run after hyphens that join letters ('long-term' -> 'long-', 'term')."""
    parts = []
    start = 0
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        if ch == '-' and i > start:
            # em-dash ('--' or longer) between word characters: its own chunk
            j = i
            while j < n and word[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(word[j]) and \
                    (word[i - 1].isalnum() or word[i - 1] in '_!"\'&.,?'):
                parts.append(word[start:i])
                parts.append(word[i:j])
                start = j
                i = j
                continue
            # a hyphen after two letters (or letter-hyphen-letter), followed by letter [-] letter
            before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
                     (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
            after = False
            if i + 1 < n and _is_letter(word[i + 1]):
                if i + 2 < n and _is_letter(word[i + 2]):
                    after = True
                elif i + 3 < n and word[i + 2] == '-' and _is_letter(word[i + 3]):
                    after = True
            if before and after:
                parts.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        parts.append(word[start:])
    return parts


class TextWrapper:
    """Wraps paragraphs of text to lines of at most `width` characters."""

    sentence_end_letters = 'abcdefghijklmnopqrstuvwxyz'

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): ' ' for c in _whitespace})
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    chunks.extend(_split_hyphenated(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and len(chunk) >= 2 and chunk[-1] in '.!?' or \
                    chunks[i + 1] == " " and len(chunk) >= 3 and chunk[-1] in '"\'' and chunk[-2] in '.!?':
                core = chunk.rstrip('"\'')
                if len(core) >= 2 and core[-2] in self.sentence_end_letters:
                    chunks[i + 1] = "  "
                    i += 2
                    continue
            i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The text as a list of lines (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph to lines of at most `width` characters (a list of lines)."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and joins the lines with newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to `width` characters, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace common to the start of every non-blank line."""
    lines = text.split('\n')
    # lines of only spaces and tabs become empty
    for k, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[k] = ''
    margin = None
    for line in lines:
        lead = _leading_blanks(line)
        if lead == line:
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the start of the lines for which predicate(line) is true (non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))

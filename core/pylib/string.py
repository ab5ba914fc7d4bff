"""Common string constants, capwords(), and the Template and Formatter classes."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word: split, str.capitalize() each part, join with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_identifier_start(ch, flags_ascii=True):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ('0' <= ch <= '9')


class Template:
    """A string with $name and ${name} placeholders ($$ is a dollar sign)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, text): 'text', 'escaped', 'named', 'braced', 'invalid'."""
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        text_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            k = j + len(d)
            if t.startswith(d, k):
                yield ('escaped', j, k + len(d), d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_identifier_start(t[m]):
                    e = m + 1
                    while e < n and _is_identifier_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        yield ('braced', j, e + 1, t[m:e])
                        i = e + 1
                        continue
                yield ('invalid', j, k, None)
                i = k
                continue
            if k < n and _is_identifier_start(t[k]):
                e = k + 1
                while e < n and _is_identifier_char(t[e]):
                    e += 1
                yield ('named', j, e, t[k:e])
                i = e
                continue
            yield ('invalid', j, k, None)
            i = k

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        pos = 0
        t = self.template
        for kind, start, end, name in self._scan():
            out.append(t[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    out.append(t[start:end])
                else:
                    self._invalid(start + len(self.delimiter))
            else:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with placeholders replaced (KeyError for a missing name)."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), but missing names and stray delimiters are left as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, _, _, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """The str.format() machinery, with hooks to override (get_value, format_field, ...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1,
                                                            auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for the string."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name_end = 0
                bracket = False
                while name_end < len(field):
                    ch = field[name_end]
                    if ch == '[':
                        bracket = True
                    elif ch == ']':
                        bracket = False
                    elif not bracket and ch in '!:':
                        break
                    name_end += 1
                name = field[:name_end]
                rest = field[name_end:]
                conversion = None
                spec = ''
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest

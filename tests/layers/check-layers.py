#!/usr/bin/python3
# check-layers.py: the rooms of libcoprod and their one-way arrows, as a
# TAP test
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-layers.py [--source-root DIR] [--tap-only]
#        check-layers.py --self-test
#
# The exit status is 1 when a line is "not ok"; with --tap-only it is 0
# whenever the TAP stream is complete, and the "not ok" lines alone say
# what failed (meson counts a TAP test's non-zero exit as an error, which
# its should_fail does not turn into an expected failure).
#
# libcoprod/ is laid out in rooms, each with a rank; a file may include a
# header of its own room or of a room of lower rank, never one above it,
# nor one of a sibling (another room of the same rank):
#
#   base (0) <- model, scales (1) <- format (2) <- registry (3)
#     <- checks (4) <- writers (5) <- tools/, the command (6)
#
# Every #include "..." and #include <...> line of libcoprod/**/*.[ch] and
# tools/*.[ch] is read, and the header it names is given a room:
#
#  - a private header, X-private.h, is in the room folder it lives in;
#  - a public header, include/libcoprod/coprod-NAME.h (or .h.in), is in
#    the room of its implementation, libcoprod/*/coprod-NAME.c;
#  - the headers of EXPLICIT_ROOMS are where that table says (generated
#    ones, and public ones with no .c of their own);
#  - a resource header made by gnome.compile_resources() is in the room
#    whose files meson compiles it from;
#  - config.h, the C library, POSIX and GLib are outside the rooms and may
#    be included anywhere; json-glib only in format/.
#
# One "not ok" line for each include that runs up or sideways, includes
# json-glib outside format/, or names a header in no room; one for each
# cycle between rooms; one "ok" line for each file otherwise.
#
# --self-test builds small trees in a temporary folder and checks that
# the rules accept a good one and reject each kind of wrong include.

import argparse
import os
import re
import sys
import tempfile

ROOMS = {
    'base': 0,
    'model': 1,
    'scales': 1,
    'format': 2,
    'registry': 3,
    'checks': 4,
    'writers': 5,
    'tools': 6,
}

# the only room that may include json-glib
JSON_ROOM = 'format'

# Headers whose room cannot be read from where they are.
EXPLICIT_ROOMS = {
    # generated from the public headers by mkenums and configure_file
    'coprod-enum-types.h': 'base',
    'coprod-version.h': 'base',
    # public with no .c of its own: the enumerations and flags of the
    # model, with nothing but <glib.h> beneath them
    'coprod-enums.h': 'base',
    # public, and its .c is in base too, but it is named here as the
    # error domain every room reports through
    'coprod-error.h': 'base',
    # the umbrella: for the command and the bindings, never for the
    # library itself
    'coprod.h': 'tools',
}

# Headers of the C library, POSIX and GLib: in no room, allowed anywhere.
SYSTEM_HEADERS = {
    'assert.h', 'ctype.h', 'errno.h', 'fcntl.h', 'float.h', 'inttypes.h',
    'limits.h', 'locale.h', 'math.h', 'setjmp.h', 'signal.h', 'stdarg.h',
    'stdbool.h', 'stddef.h', 'stdint.h', 'stdio.h', 'stdlib.h', 'string.h',
    'strings.h', 'time.h', 'unistd.h', 'wchar.h', 'sys/stat.h', 'sys/types.h',
    'glib.h', 'glib-object.h', 'glib-unix.h', 'gio/gio.h', 'glib/gstdio.h',
    'glib/gi18n-lib.h', 'gio/gunixoutputstream.h', 'gio/gunixinputstream.h',
}
BUILD_HEADERS = {'config.h'}

JSON_GLIB_RE = re.compile(r'^json-glib/')
INCLUDE_RE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]')
RESOURCES_RE = re.compile(r"compile_resources\(\s*'([^']+)'\s*,\s*'([^']+)'")


class Tap:
    def __init__(self, out=sys.stdout):
        self.n = 0
        self.failed = 0
        self.out = out

    def result(self, ok, description, details=None):
        self.n += 1
        if not ok:
            self.failed += 1
        print('%s %d - %s' % ('ok' if ok else 'not ok', self.n, description), file=self.out)
        if not ok and details:
            for line in details.rstrip().splitlines():
                print('# ' + line, file=self.out)
        self.out.flush()

    def finish(self):
        print('1..%d' % self.n, file=self.out)
        return 1 if self.failed else 0


def strip_comments(text):
    """@text with its comments blanked out, lines kept where they were;
    string and character literals are read past, not into."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:end]))
            i = end
        elif text.startswith('//', i):
            end = text.find('\n', i)
            end = n if end < 0 else end
            out.append(' ' * (end - i))
            i = end
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def includes(path):
    """(line number, header) of each #include of the file at @path."""
    with open(path, encoding='utf-8', errors='replace') as f:
        text = strip_comments(f.read())
    for number, line in enumerate(text.split('\n'), 1):
        m = INCLUDE_RE.match(line)
        if m:
            yield number, m.group(2)


def relative(root, path):
    return os.path.relpath(path, root).replace(os.sep, '/')


class Layout:
    """Where each file and header of a source tree is."""

    def __init__(self, root):
        self.root = root
        self.lib = os.path.join(root, 'libcoprod')
        self.public = {}        # header name -> room, or None if it has no .c
        self.private = {}       # header name -> [rooms]
        self.implementations = {}   # 'coprod-NAME' -> [rooms]
        self.resources = {}     # header name -> room
        self.tool_headers = set()   # the command's own headers, in tools/
        self.files = []         # (path, room or None)
        self.problems = []      # (path, message) of the layout itself

        for dirpath, dirnames, filenames in os.walk(self.lib):
            dirnames.sort()
            rel = relative(self.lib, dirpath)
            room = None if rel == '.' else rel.split('/')[0]
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                if name.endswith('-private.h'):
                    self.private.setdefault(name, []).append(room)
                if name.endswith('.c') and room is not None:
                    self.implementations.setdefault(name[:-2], []).append(room)
                if name.endswith(('.c', '.h')):
                    self.files.append((path, room))
                if name == 'meson.build':
                    self.read_meson(path, room)

        tools = os.path.join(root, 'tools')
        if os.path.isdir(tools):
            for name in sorted(os.listdir(tools)):
                if name.endswith(('.c', '.h')):
                    self.files.append((os.path.join(tools, name), 'tools'))
                if name.endswith('.h'):
                    self.tool_headers.add(name)

        include = os.path.join(root, 'include', 'libcoprod')
        if os.path.isdir(include):
            for name in sorted(os.listdir(include)):
                if name.endswith('.h.in'):
                    name = name[:-3]
                if name.endswith('.h'):
                    self.public[name] = None

    def read_meson(self, path, room):
        """Resource headers: in the room meson compiles them from."""
        with open(path, encoding='utf-8') as f:
            text = f.read()
        for m in RESOURCES_RE.finditer(text):
            target, source = m.group(1), m.group(2)
            source_room = room if room is not None else source.split('/')[0]
            self.resources[target + '.h'] = source_room

    def room_of_header(self, header):
        """The room of @header; None for one outside the rooms (allowed
        anywhere), 'json-glib' for json-glib; raises LookupError for a
        header in no room."""
        if header in BUILD_HEADERS or header in SYSTEM_HEADERS:
            return None
        # the C library's and the kernel's own headers
        if header.startswith(('sys/', 'linux/', 'arpa/', 'netinet/')):
            return None
        if JSON_GLIB_RE.match(header):
            return 'json-glib'
        name = header
        if name.startswith('libcoprod/'):
            name = name[len('libcoprod/'):]
        if '/' in name:
            raise LookupError('%s is in no room' % header)
        if name in EXPLICIT_ROOMS:
            return EXPLICIT_ROOMS[name]
        if name in self.resources:
            return self.resources[name]
        if name in self.tool_headers:
            return 'tools'

        if name.endswith('-private.h'):
            rooms = self.private.get(name, [])
            if len(rooms) != 1 or rooms[0] not in ROOMS:
                raise LookupError('%s is in %s' % (header, 'no room' if not rooms else
                                                   'more than one room: ' + ', '.join(map(str, rooms))))
            return rooms[0]
        if name in self.public:
            rooms = self.implementations.get(name[:-2], [])
            if len(rooms) != 1 or rooms[0] not in ROOMS:
                raise LookupError('public header %s has %s' % (header, 'no %s.c in a room' % name[:-2]
                                                               if not rooms else
                                                               'a .c in more than one room: ' +
                                                               ', '.join(rooms)))
            return rooms[0]
        raise LookupError('%s is in no room' % header)


def arrow_problem(from_room, to_room):
    """Why @from_room may not include a header of @to_room, or None."""
    if to_room is None or to_room == from_room:
        return None
    if to_room == 'json-glib':
        return None if from_room == JSON_ROOM else 'only %s may include json-glib' % JSON_ROOM
    if ROOMS[to_room] > ROOMS[from_room]:
        return 'runs up, from %s (%d) to %s (%d)' % (from_room, ROOMS[from_room],
                                                    to_room, ROOMS[to_room])
    if ROOMS[to_room] == ROOMS[from_room]:
        return 'runs sideways, from %s to its sibling %s' % (from_room, to_room)
    return None


def find_cycles(edges):
    """The cycles of the room graph @edges ({room: {room: [where]}}), each
    as a list of rooms in order, one for each strongly connected part of
    more than one room."""
    index, low, stack, on_stack, parts = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                parts.append(set(part))

    for v in sorted(edges):
        if v not in index:
            visit(v)

    cycles = []
    for part in parts:
        # a shortest way round, from the lowest room of the part
        start = min(part, key=lambda r: (ROOMS[r], r))
        paths = {start: [start]}
        queue = [start]
        cycle = None
        while queue and cycle is None:
            v = queue.pop(0)
            for w in sorted(edges.get(v, {})):
                if w not in part:
                    continue
                if w == start:
                    cycle = paths[v] + [start]
                    break
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
        cycles.append(cycle)
    return cycles


def check(root, tap):
    layout = Layout(root)
    edges = {}

    for path, room in layout.files:
        rel = relative(root, path)
        if room not in ROOMS:
            tap.result(False, '%s: in no room (the rooms are %s)' % (rel, ', '.join(ROOMS)))
            continue
        bad = False
        for number, header in includes(path):
            try:
                to_room = layout.room_of_header(header)
            except LookupError as e:
                tap.result(False, '%s:%d: %s includes %s: unknown header, %s' % (rel, number, room,
                                                                                header, e))
                bad = True
                continue
            problem = arrow_problem(room, to_room)
            if problem is not None:
                of = '' if to_room == 'json-glib' else ' of ' + to_room
                tap.result(False, '%s:%d: %s includes %s%s: %s' % (rel, number, room,
                                                                  header, of, problem))
                bad = True
            if to_room in ROOMS and to_room != room:
                edges.setdefault(room, {}).setdefault(to_room, []).append('%s:%d' % (rel, number))
        if not bad:
            tap.result(True, rel)

    for cycle in find_cycles(edges):
        steps = []
        for a, b in zip(cycle, cycle[1:]):
            where = edges[a][b]
            more = ' and %d more' % (len(where) - 3) if len(where) > 3 else ''
            steps.append('%s -> %s: %s%s' % (a, b, ', '.join(where[:3]), more))
        tap.result(False, 'cycle between rooms: %s' % ' -> '.join(cycle), '\n'.join(steps))


# Self-test

def write(root, path, text=''):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def inc(*headers):
    return ''.join('#include %s\n' % h if h[0] in '<"' else '#include "%s"\n' % h for h in headers)


def good_tree(root):
    """A small tree that keeps every rule."""
    for name in ('coprod.h', 'coprod-enums.h', 'coprod-error.h', 'coprod-date.h',
                 'coprod-record.h', 'coprod-person.h', 'coprod-ladder.h',
                 'coprod-registry.h', 'coprod-assessment.h', 'coprod-report.h'):
        write(root, 'include/libcoprod/' + name)
    write(root, 'include/libcoprod/coprod-version.h.in')
    write(root, 'libcoprod/meson.build',
          "res = gnome.compile_resources('coprod-ladders-resources',\n"
          "  'scales/ladders/coprod-ladders.gresource.xml')\n")
    write(root, 'libcoprod/base/coprod-error.c', inc('config.h', 'coprod-error.h'))
    write(root, 'libcoprod/base/coprod-date.c',
          inc('config.h', '<string.h>', '<glib.h>', 'coprod-date.h', 'coprod-error.h',
              'coprod-enums.h', 'coprod-version.h') +
          '/* #include "coprod-registry.h" in a comment does not count */\n'
          'static const char *s = "#include \\"coprod-registry.h\\" nor in a string";\n')
    write(root, 'libcoprod/model/coprod-record-private.h', inc('coprod-record.h', 'coprod-date.h'))
    write(root, 'libcoprod/model/coprod-record.c', inc('coprod-record-private.h', 'coprod-enum-types.h'))
    write(root, 'libcoprod/model/coprod-person.c', inc('coprod-person.h', 'coprod-record-private.h'))
    write(root, 'libcoprod/scales/coprod-ladder.c',
          inc('coprod-ladder.h', 'coprod-ladders-resources.h', 'coprod-error.h'))
    write(root, 'libcoprod/format/coprod-codec-private.h', inc('<json-glib/json-glib.h>', 'coprod-record.h'))
    write(root, 'libcoprod/format/coprod-codec.c',
          inc('coprod-codec-private.h', 'coprod-person.h', 'coprod-ladder.h', 'coprod-record-private.h'))
    write(root, 'libcoprod/registry/coprod-registry.c',
          inc('coprod-registry.h', 'coprod-codec-private.h', 'coprod-person.h'))
    write(root, 'libcoprod/checks/coprod-assessment.c',
          inc('coprod-assessment.h', 'coprod-registry.h', 'coprod-ladder.h'))
    write(root, 'libcoprod/writers/coprod-report.c', inc('coprod-report.h', 'coprod-assessment.h'))
    write(root, 'tools/coprod.c', inc('config.h', '<locale.h>', '<libcoprod/coprod.h>',
                                      'coprod-codec-private.h'))


# (name, what to change in the good tree, the file and line the not-ok
# line must name, the words it must hold)
BAD_TREES = [
    ('an upward include', 'libcoprod/base/coprod-date.c', inc('coprod-record-private.h'),
     'libcoprod/base/coprod-date.c:1:', ['base', 'model', 'runs up']),
    ('an upward include of a public header', 'libcoprod/format/coprod-codec.c', inc('coprod-registry.h'),
     'libcoprod/format/coprod-codec.c:1:', ['format', 'registry', 'runs up']),
    ('the umbrella in the library', 'libcoprod/checks/coprod-assessment.c', inc('<libcoprod/coprod.h>'),
     'libcoprod/checks/coprod-assessment.c:1:', ['checks', 'tools', 'runs up']),
    ('a sibling include', 'libcoprod/scales/coprod-ladder.c', inc('coprod-person.h'),
     'libcoprod/scales/coprod-ladder.c:1:', ['scales', 'model', 'sideways']),
    ('json-glib outside format', 'libcoprod/model/coprod-record-private.h', inc('<json-glib/json-glib.h>'),
     'libcoprod/model/coprod-record-private.h:1:', ['model', 'json-glib', 'only format']),
    ('json-glib in the command', 'tools/coprod.c', inc('<json-glib/json-glib.h>'),
     'tools/coprod.c:1:', ['tools', 'json-glib', 'only format']),
    ('an unknown header', 'libcoprod/registry/coprod-registry.c', inc('coprod-nowhere.h'),
     'libcoprod/registry/coprod-registry.c:1:', ['registry', 'coprod-nowhere.h', 'unknown header']),
    ('an unknown private header', 'libcoprod/checks/coprod-assessment.c', inc('coprod-nowhere-private.h'),
     'libcoprod/checks/coprod-assessment.c:1:', ['checks', 'coprod-nowhere-private.h', 'unknown header']),
    ('an unknown library', 'libcoprod/format/coprod-codec.c', inc('<libxml/parser.h>'),
     'libcoprod/format/coprod-codec.c:1:', ['format', 'libxml/parser.h', 'unknown header']),
]


def run_check(root):
    """The TAP lines check() gives for the tree at @root, and its status."""
    import io
    out = io.StringIO()
    tap = Tap(out)
    check(root, tap)
    status = tap.finish()
    return out.getvalue().splitlines(), status


def self_test():
    tap = Tap()

    with tempfile.TemporaryDirectory(prefix='check-layers-') as tmp:
        root = os.path.join(tmp, 'good')
        good_tree(root)
        lines, status = run_check(root)
        failures = [line for line in lines if line.startswith('not ok')]
        n_files = sum(1 for line in lines if re.match(r'^ok \d+ - \S+$', line))
        tap.result(status == 0 and not failures and n_files == 12,
                   'a tree that keeps the rules passes, one ok line a file',
                   '\n'.join(lines))

        rooms_only = os.path.join(tmp, 'no-writers')
        good_tree(rooms_only)
        os.remove(os.path.join(rooms_only, 'libcoprod', 'writers', 'coprod-report.c'))
        os.rmdir(os.path.join(rooms_only, 'libcoprod', 'writers'))
        lines, status = run_check(rooms_only)
        tap.result(status == 0, 'a tree without writers/ passes', '\n'.join(lines))

        for i, (name, path, text, where, words) in enumerate(BAD_TREES):
            root = os.path.join(tmp, 'bad-%d' % i)
            good_tree(root)
            full = os.path.join(root, path)
            with open(full, encoding='utf-8') as f:
                rest = f.read()
            write(root, path, text + rest)
            lines, status = run_check(root)
            # the include itself; a cycle it closes is reported apart
            failures = [line for line in lines
                        if line.startswith('not ok') and 'cycle between rooms' not in line]
            named = [line for line in failures
                     if (' - ' + where) in line and all(w in line for w in words)]
            tap.result(status != 0 and len(failures) == 1 and len(named) == 1,
                       '%s is refused: %s' % (name, ', '.join([where] + words)),
                       '\n'.join(lines))

        # a cycle: base and model include each other
        root = os.path.join(tmp, 'cycle')
        good_tree(root)
        write(root, 'libcoprod/base/coprod-error.c',
              inc('config.h', 'coprod-error.h', 'coprod-record-private.h'))
        lines, status = run_check(root)
        cycles = [line for line in lines
                  if line.startswith('not ok') and 'cycle between rooms: base -> model -> base' in line]
        up = [line for line in lines
              if line.startswith('not ok') and 'libcoprod/base/coprod-error.c:3:' in line]
        tap.result(status != 0 and len(cycles) == 1 and len(up) == 1,
                   'a cycle between rooms is refused: base -> model -> base',
                   '\n'.join(lines))

        # a longer cycle: base -> checks -> scales -> base
        root = os.path.join(tmp, 'cycle-3')
        good_tree(root)
        write(root, 'libcoprod/base/coprod-error.c',
              inc('config.h', 'coprod-error.h', 'coprod-assessment.h'))
        lines, status = run_check(root)
        cycles = [line for line in lines if line.startswith('not ok') and 'cycle between rooms' in line]
        tap.result(status != 0 and len(cycles) == 1 and
                   cycles[0].endswith('cycle between rooms: base -> checks -> scales -> base'),
                   'a cycle through three rooms is refused: base -> checks -> scales -> base',
                   '\n'.join(lines))

        # a file outside every room
        root = os.path.join(tmp, 'no-room')
        good_tree(root)
        write(root, 'libcoprod/coprod-loose.c', inc('config.h'))
        write(root, 'libcoprod/extras/coprod-extra.c', inc('config.h'))
        lines, status = run_check(root)
        loose = [line for line in lines if line.startswith('not ok') and 'in no room' in line]
        tap.result(status != 0 and len(loose) == 2, 'a file outside the rooms is refused',
                   '\n'.join(lines))

    return tap.finish()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--source-root', default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                              '..', '..'))
    parser.add_argument('--self-test', action='store_true')
    parser.add_argument('--tap-only', action='store_true')
    args = parser.parse_args()

    if args.self_test:
        return self_test()

    root = os.path.abspath(args.source_root)
    if not os.path.isdir(os.path.join(root, 'libcoprod')):
        print('Bail out! no libcoprod/ in %s' % root)
        return 1
    tap = Tap()
    check(root, tap)
    status = tap.finish()
    return 0 if args.tap_only else status


if __name__ == '__main__':
    sys.exit(main())

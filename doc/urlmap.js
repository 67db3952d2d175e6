// A map from namespace to the base URL of its documentation, for links
// that leave the libcoprod reference. gi-docgen copies it next to the
// generated pages.
baseURLs = [
  ['GLib', 'https://docs.gtk.org/glib/'],
  ['GObject', 'https://docs.gtk.org/gobject/'],
  ['Gio', 'https://docs.gtk.org/gio/'],
]

/* Coprod-1.0-custom.vala: what the GIR cannot say to Vala
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

namespace Coprod {
	/**
	 * A list model whose items are all of type G: one of the registry's
	 * collections, a record's memberships or involvements, the list a
	 * look-up returns. It is the GLib.ListModel the C API returns, seen
	 * with its item type, so that `foreach` works over it and `get()`
	 * gives a G; it goes wherever a GLib.ListModel does.
	 *
	 * {{{
	 * foreach (var person in registry.get_people_of_partnership ("prt-1"))
	 *     print ("%s\n", person.id);
	 * }}}
	 */
	[CCode (cname = "GListModel", cheader_filename = "gio/gio.h", type_id = "g_list_model_get_type ()")]
	public class Collection<G> : GLib.Object, GLib.ListModel {
		/* g_list_model_get_item() gives a new reference */
		[CCode (cname = "g_list_model_get_item")]
		public G @get (int position);
		public int size {
			[CCode (cname = "g_list_model_get_n_items")]
			get;
		}
	}
}

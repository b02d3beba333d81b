package org.tongchou.app.entry;

import java.util.List;

/** The raw indicators of one dimension of the framework, in the order of the framework. */
record EntryGroup(String code, String nameZh, String nameEn, List<EntryField> fields) {
}

/**
 * The Tongchou evaluation engine: pure Java over columns of {@code double}, no Spring, no database.
 */
package org.tongchou.engine;

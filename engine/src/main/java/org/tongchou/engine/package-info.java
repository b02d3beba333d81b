/**
 * The Tongchou evaluation engine: pure Java over columns of {@code double}, no Spring, no database; every
 * method is a library call and a command-line subcommand on CSV ({@code org.tongchou.engine.cli}).
 *
 * <p>Errors: input a method refuses is an {@link org.tongchou.engine.data.EngineInputException} whose message
 * names the bad value and where it came from (an argument; a unit, an indicator and a value; a file, line and
 * column). Anything else thrown is a bug. Missing values are {@code NaN} and each method takes an explicit
 * {@link org.tongchou.engine.data.MissingPolicy}.
 */
package org.tongchou.engine;

// Package timeml reads and writes TimeML documents and scores temporal
// taggers on them the way TempEval-3 Task A did.
//
// # Reading
//
// [Read] parses a TimeML document (a .tml file such as those of the
// TempEval-3 TBAQ corpus): its document creation time, the plain text of
// its TEXT element and the gold TIMEX3 annotations in that text, with
// spans as byte offsets into the plain text. The plain text leaves out
// every tag and decodes entities and character references ("&amp;" is
// "&"); carriage returns are kept as they are in the source, so offsets
// do not depend on XML's line-end normalization. A [Doc] remembers where
// each byte of its plain text came from, so that [Write] can put tags
// back into the source.
//
// # Writing
//
// [Write] writes a document back with a new set of TIMEX3 tags in its
// TEXT: the annotations it was read with (TIMEX3, EVENT and SIGNAL) are
// left out, every other byte of the source, inside TEXT and out, is
// written as it was, entities still escaped.
//
// # Scoring
//
// [Score] compares system timexes with gold ones as TempEval-3 Task A
// did: timexes that overlap are paired one to one (a relaxed match), a
// strict match also covers the same text, and on relaxed matches type and
// value are compared as strings. [Scores] holds the counts, from which
// precision, recall and F1 follow, and every [Miss].
package timeml

/* Unit tests for csvread.c: the encodings and separators spreadsheets
 * use, RFC 4180 quoting, line numbers, blank rows, and every refusal. */
#include "csvread.h"

#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "test.h"

/* Opens s (n bytes, or strlen when n is 0) into c; the result of open. */
static int open_text(struct csvread *c, const char *s, size_t n)
{
	return csvread_open(c, s, n != 0 ? n : strlen(s));
}

/* UTF-8 with a byte order mark, semicolons, CRLF: what a French
 * spreadsheet saves as "CSV UTF-8". */
static void test_utf8_semicolons(void)
{
	struct csvread c;
	struct csvrow row;

	CHECK_INT(open_text(&c,
	                    "\xEF\xBB\xBFnom;prénom;ville\r\n"
	                    "Le Floc'h;Gaëlle;Quimper\r\n"
	                    "Hervé;Loïc;\"Saint-Brieuc; Côtes\"\r\n",
	                    0),
	          0);
	CHECK_INT(c.encoding, CSVREAD_UTF8);
	CHECK_INT(c.sep, ';');
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.n, 3);
	CHECK_STR(row.cell[0], "nom");
	CHECK_STR(row.cell[1], "prénom");
	CHECK_INT(row.line, 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "Le Floc'h");
	CHECK_STR(row.cell[1], "Gaëlle");
	CHECK_INT(row.line, 2);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[2], "Saint-Brieuc; Côtes");
	CHECK_INT(row.line, 3);
	CHECK_INT(csvread_next(&c, &row), 0);
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
}

/* Windows-1252: accents, the euro sign, œ and the typographic apostrophe
 * come out as UTF-8; commas when the header holds more of them. */
static void test_cp1252(void)
{
	struct csvread c;
	struct csvrow row;

	CHECK_INT(open_text(&c,
	                    "nom,prenom,note\n"
	                    "H\xE9rv\xE9,Ma\xEBl,\x80 5\n"
	                    "C\x9Cur,Ren\xE9\x92s,x\n",
	                    0),
	          0);
	CHECK_INT(c.encoding, CSVREAD_CP1252);
	CHECK_INT(c.sep, ',');
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "Hérvé");
	CHECK_STR(row.cell[1], "Maël");
	CHECK_STR(row.cell[2], "€ 5");
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "Cœur");
	CHECK_STR(row.cell[1], "René’s");
	csvread_free(&c);

	/* 0x81 is defined by neither encoding. */
	CHECK_INT(open_text(&c, "a;b\nx\x81;y\n", 0), -1);
	CHECK_INT(c.error, CSVREAD_ENCODING);
	csvread_free(&c);
}

/* Quoting: separators, doubled quotes and line breaks inside a quoted
 * cell; the line of a row after a cell holding a line break. */
static void test_quotes(void)
{
	struct csvread c;
	struct csvrow row;

	CHECK_INT(open_text(&c,
	                    "a,b\n"
	                    "\"say \"\"hi\"\"\",\"x,y\"\n"
	                    "\"two\nlines\",z\n"
	                    "last,\"\"\n",
	                    0),
	          0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "say \"hi\"");
	CHECK_STR(row.cell[1], "x,y");
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "two\nlines");
	CHECK_INT(row.line, 3);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.line, 5);
	CHECK_STR(row.cell[0], "last");
	CHECK_STR(row.cell[1], "");
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
}

/* The separator is counted outside quotes only. */
static void test_separator_choice(void)
{
	struct csvread c;

	CHECK_INT(open_text(&c, "\"a;b;c\",d,e\n", 0), 0);
	CHECK_INT(c.sep, ',');
	csvread_free(&c);
	CHECK_INT(open_text(&c, "a;b,c;d\n", 0), 0);
	CHECK_INT(c.sep, ';');
	csvread_free(&c);
	CHECK_INT(open_text(&c, "single\n", 0), 0);
	CHECK_INT(c.sep, ',');
	csvread_free(&c);
}

/* Blank lines and rows of empty cells are skipped; CR alone ends lines;
 * a last line without its line end counts. */
static void test_blank_rows(void)
{
	struct csvread c;
	struct csvrow row;

	CHECK_INT(open_text(&c, "a;b\r\r;;\r\rc;d", 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_STR(row.cell[0], "c");
	CHECK_STR(row.cell[1], "d");
	CHECK_INT(row.line, 5);
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);

	CHECK_INT(open_text(&c, "", 0), 0);
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
	CHECK_INT(open_text(&c, "\xEF\xBB\xBF", 3), 0);
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
}

/* What is refused, with the line it is on. */
static void test_malformed(void)
{
	struct csvread c;
	struct csvrow row;
	char big[1200];
	char wide[200];

	CHECK_INT(open_text(&c, "a,b\n\"open,x\ny,z\n", 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), -1);
	CHECK_INT(c.error, CSVREAD_QUOTE);
	CHECK_INT(csvread_next(&c, &row), -1); /* and it stays so */
	csvread_free(&c);

	CHECK_INT(open_text(&c, "a,b\n\"x\"y,z\n", 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), -1);
	CHECK_INT(c.error, CSVREAD_QUOTE);
	CHECK_INT(c.error_line, 2);
	csvread_free(&c);

	CHECK_INT(open_text(&c, "a,b\nx,y\nab\"c,d\n", 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(csvread_next(&c, &row), -1);
	CHECK_INT(c.error_line, 3);
	csvread_free(&c);

	memset(big, 'x', sizeof big);
	big[1001] = '\0';
	CHECK_INT(open_text(&c, big, 0), 0);
	CHECK_INT(csvread_next(&c, &row), -1);
	CHECK_INT(c.error, CSVREAD_CELL_SIZE);
	csvread_free(&c);
	big[1000] = '\0';
	CHECK_INT(open_text(&c, big, 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(strlen(row.cell[0]), 1000);
	csvread_free(&c);

	for (int i = 0; i < 65; i++) {
		wide[2 * i] = 'a';
		wide[2 * i + 1] = ',';
	}
	wide[129] = '\0'; /* 65 cells */
	CHECK_INT(open_text(&c, wide, 0), 0);
	CHECK_INT(csvread_next(&c, &row), -1);
	CHECK_INT(c.error, CSVREAD_CELLS);
	csvread_free(&c);
	wide[127] = '\0'; /* 64 */
	CHECK_INT(open_text(&c, wide, 0), 0);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.n, 64);
	csvread_free(&c);

	/* Not text: a NUL byte, UTF-16 as "Unicode text" saves, a bad
	 * sequence after a UTF-8 byte order mark, a control character. */
	CHECK_INT(open_text(&c, "a\0b", 3), -1);
	CHECK_INT(c.error, CSVREAD_ENCODING);
	csvread_free(&c);
	CHECK_INT(open_text(&c,
	                    "\xFF\xFE"
	                    "a\0,\0b\0",
	                    8),
	          -1);
	csvread_free(&c);
	CHECK_INT(open_text(&c,
	                    "\xEF\xBB\xBF"
	                    "caf\xE9",
	                    0),
	          -1);
	csvread_free(&c);
	CHECK_INT(open_text(&c, "a\x01;b", 0), -1);
	csvread_free(&c);
}

/* What the project's own writer makes reads back the same. */
static void test_round_trip(void)
{
	static const char *const cells[] = {"plain",           "with, comma",
	                                    "with \"quotes\"", "two\r\nlines",
	                                    "accents: éèçœ",   ""};
	struct buf out = {0};
	struct csv w;
	struct csvread c;
	struct csvrow row;

	csv_begin(&w, &out);
	for (int r = 0; r < 2; r++) {
		for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
			csv_cell(&w, cells[i]);
		csv_cell_int(&w, 42);
		csv_row_end(&w);
	}
	CHECK_INT(csvread_open(&c, out.data, out.len), 0);
	for (int r = 0; r < 2; r++) {
		CHECK_INT(csvread_next(&c, &row), 1);
		CHECK_INT(row.n, 7);
		for (size_t i = 0; i < 6; i++)
			CHECK_STR(row.cell[i], cells[i]);
		CHECK_STR(row.cell[6], "42");
	}
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
	buf_free(&out);
}

/* Reads every row of text into a string "a|b;c|d;" ("!" for -1). */
static const char *records(const char *text, char *out, size_t size)
{
	struct csvread c;
	struct csvrow row;
	size_t used = 0;
	int rc;

	out[0] = '\0';
	if (open_text(&c, text, 0) == -1) {
		csvread_free(&c);
		return "!";
	}
	while ((rc = csvread_next(&c, &row)) == 1) {
		for (size_t i = 0; i < row.n; i++)
			used +=
			    (size_t)snprintf(out + used, size - used, "%s%s",
			                     i ? "|" : "", row.cell[i]);
		used += (size_t)snprintf(out + used, size - used, ";");
	}
	if (rc == -1)
		used += (size_t)snprintf(out + used, size - used, "!");
	csvread_free(&c);
	return out;
}

/* The cases of the partner portal's confirmation upload: line ends,
 * quotes, blank lines, a trailing empty cell, a comma in a ';' file. */
static void test_records(void)
{
	struct csvread c;
	struct csvrow row;
	char out[512], wide[200];
	size_t n = 0;

	CHECK_STR(records("a,b\r\nc,d\r\n", out, sizeof out), "a|b;c|d;");
	CHECK_STR(records("\xEF\xBB\xBFn;du;au\n1;2;3", out, sizeof out),
	          "n|du|au;1|2|3;");
	CHECK_STR(records("a,\"b,c\",\"say \"\"hi\"\"\"\n", out, sizeof out),
	          "a|b,c|say \"hi\";");
	CHECK_STR(records("a;\"deux\nlignes\";c\n", out, sizeof out),
	          "a|deux\nlignes|c;");
	CHECK_STR(records("\n\r\na,b\n\n", out, sizeof out), "a|b;");
	CHECK_STR(records("a,b,\n", out, sizeof out), "a|b|;");
	CHECK_STR(records("", out, sizeof out), "");
	CHECK_STR(records("a,\"b\n", out, sizeof out), "!");
	CHECK_STR(records("a,\"b\"c\n", out, sizeof out), "!");
	CHECK_STR(records("x,y\na,b\"c\n", out, sizeof out), "x|y;!");
	for (int i = 0; i <= CSVREAD_CELLS_MAX; i++)
		n += (size_t)snprintf(wide + n, sizeof wide - n, "%s1",
		                      i ? "," : "");
	CHECK_STR(records(wide, out, sizeof out), "!");
	CHECK_INT(open_text(&c, "x;y\n\"a\nb\";1,5\n\nz;2\n", 0), 0);
	CHECK_INT(c.sep, ';');
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.line, 1);
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.line, 2);
	CHECK_STR(row.cell[1], "1,5");
	CHECK_INT(csvread_next(&c, &row), 1);
	CHECK_INT(row.line, 5);
	CHECK_INT(csvread_next(&c, &row), 0);
	csvread_free(&c);
}

int main(void)
{
	test_utf8_semicolons();
	test_cp1252();
	test_quotes();
	test_separator_choice();
	test_blank_rows();
	test_malformed();
	test_round_trip();
	test_records();
	return test_done("csvread");
}

/* test_csv: CSV cells, quoting, formula neutralisation and line ends. */
#include "csv.h"
#include "test.h"

/* The cell s as csv_cell() writes it on a line of its own. */
static const char *one(struct buf *b, const char *s)
{
	struct csv c = {b, 0};

	buf_reset(b);
	csv_cell(&c, s);
	return b->data != NULL ? b->data : "";
}

int main(void)
{
	struct buf b = {0};
	struct csv c;

	CHECK_STR(one(&b, "plain"), "plain");
	CHECK_STR(one(&b, "Élise Côté"), "Élise Côté");
	CHECK_STR(one(&b, ""), "");
	CHECK_STR(one(&b, NULL), "");
	CHECK_STR(one(&b, "a,b"), "\"a,b\"");
	CHECK_STR(one(&b, "say \"hi\""), "\"say \"\"hi\"\"\"");
	CHECK_STR(one(&b, "two\nlines"), "\"two\nlines\"");
	CHECK_STR(one(&b, "cr\rhere"), "\"cr\rhere\"");
	CHECK_STR(one(&b, "=SUM(A1:A2)"), "'=SUM(A1:A2)");
	CHECK_STR(one(&b, "+33 1"), "'+33 1");
	CHECK_STR(one(&b, "-2"), "'-2");
	CHECK_STR(one(&b, "@cmd"), "'@cmd");
	CHECK_STR(one(&b, "\tx"), "'\tx");
	CHECK_STR(one(&b, "\rx"), "\"'\rx\"");
	CHECK_STR(one(&b, "=HYPERLINK(\"http://x\",\"y\")"),
	          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	CHECK_STR(one(&b, "a=b"), "a=b");
	CHECK_STR(one(&b, "'quoted"), "'quoted");

	buf_reset(&b);
	CHECK_INT(csv_begin(&c, &b), 0);
	CHECK_INT(b.len, 3);
	csv_cell(&c, "a");
	csv_cell(&c, NULL);
	csv_cell_int(&c, -5);
	csv_row_end(&c);
	csv_cell(&c, "b,c");
	csv_row_end(&c);
	CHECK_STR(b.data, "\xEF\xBB\xBF"
	                  "a,,-5\r\n\"b,c\"\r\n");
	buf_free(&b);
	return test_done("csv");
}

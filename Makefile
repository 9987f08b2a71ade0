# Passerelle. `make run` and `make test` do all the set-up; see README.md.

PORT ?= 8080
PREFIX ?= /usr/local
# Debian's layout: with PREFIX=/usr the configuration lives in /etc.
SYSCONFDIR ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c17 -Wall -Wextra -Werror -Wshadow -Wvla -Wformat=2
HARDEN = -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fstack-clash-protection -fPIE
PKG_CFLAGS := $(shell pkg-config --cflags libxml-2.0 libxslt libmariadb openssl 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs libxml-2.0 libxslt libmariadb openssl 2>/dev/null)
ALL_CFLAGS = $(WARN) $(HARDEN) $(CFLAGS) -D_GNU_SOURCE $(PKG_CFLAGS) -Icgi-bin/lib \
	-DCONF_DEFAULT_PATH='"$(SYSCONFDIR)/passerelle/passerelle.conf"' \
	-DXSL_DEFAULT_DIR='"$(PREFIX)/share/passerelle/xsl"' \
	-DDATA_DEFAULT_DIR='"$(PREFIX)/share/passerelle/data"'
LDFLAGS_HARD = -pie -Wl,-z,relro,-z,now
LIBS = $(PKG_LIBS) -lfcgi -lqrencode

LIB_SRC := $(wildcard cgi-bin/lib/*.c)
LIB_OBJ := $(LIB_SRC:cgi-bin/lib/%.c=build/lib/%.o)
SCREEN_SRC := $(wildcard cgi-bin/*.c)
SCREENS := $(SCREEN_SRC:.c=.fcgi)
TOOLS := tools/passerelle tools/superv

.PHONY: FORCE san-flags templates all deps run stop test unit http e2e fuzz-short fuzz i18n-check bench clean install format

all: $(SCREENS) $(TOOLS)

# The compiled-in paths depend on PREFIX: a change of flags rebuilds.
build/flags: FORCE
	@mkdir -p build
	@echo '$(ALL_CFLAGS) $(LIBS)' | cmp -s - $@ || echo '$(ALL_CFLAGS) $(LIBS)' >$@

build/lib/%.o: cgi-bin/lib/%.c $(wildcard cgi-bin/lib/*.h) build/flags
	@mkdir -p build/lib
	@echo "  CC      $<"; $(CC) $(ALL_CFLAGS) -c -o $@ $<

build/libpasserelle.a: $(LIB_OBJ)
	@ar rcs $@ $^

cgi-bin/%.fcgi: cgi-bin/%.c build/libpasserelle.a
	@echo "  CCLD    $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS_HARD) -o $@ $< build/libpasserelle.a $(LIBS)

# The library once more for the unit tests under AddressSanitizer and
# UndefinedBehaviorSanitizer and for the fuzz harnesses: one build serves
# both (the fuzzers' coverage hooks are inert in a unit test).
# SAN_FLAGS are the sanitizers every sanitized build uses (tools/test-unit
# and tools/test-fuzz read them with `make -s san-flags`).
SAN_CC ?= clang
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_CFLAGS = -std=c17 -Wall -Wextra -Werror -O1 -g -D_GNU_SOURCE $(PKG_CFLAGS) -Icgi-bin/lib \
	$(SAN_FLAGS) -fsanitize=fuzzer-no-link
SAN_OBJ := $(LIB_SRC:cgi-bin/lib/%.c=build/san/%.o)

build/san/%.o: cgi-bin/lib/%.c $(wildcard cgi-bin/lib/*.h)
	@mkdir -p build/san
	@$(SAN_CC) $(SAN_CFLAGS) -c -o $@ $<

build/san/lib.a: $(SAN_OBJ)
	@ar rcs $@ $^

san-flags:
	@echo '$(SAN_FLAGS)'

CMD_SRC := $(wildcard tools/cmd_*.c)

tools/passerelle: tools/passerelle.c $(CMD_SRC) tools/cmd.h build/libpasserelle.a build/flags
	@echo "  CCLD    $@"; $(CC) $(ALL_CFLAGS) -Itools -DSQL_DEFAULT_DIR='"$(PREFIX)/share/passerelle/sql"' \
		$(LDFLAGS_HARD) -o $@ tools/passerelle.c $(CMD_SRC) build/libpasserelle.a $(LIBS)

tools/superv: tools/superv.c cgi-bin/lib/activation.c cgi-bin/lib/activation.h
	@echo "  CCLD    $@"; $(CC) $(WARN) $(HARDEN) $(CFLAGS) -D_GNU_SOURCE -Icgi-bin/lib $(LDFLAGS_HARD) \
		-o $@ tools/superv.c cgi-bin/lib/activation.c

deps:
	tools/deps

run: deps
	@$(MAKE) --no-print-directory all
	tools/stack run

stop:
	tools/stack stop

i18n-check:
	node tools/i18n-check

unit: 
	tools/test-unit

test: deps
	tools/test-all

bench: deps
	@$(MAKE) --no-print-directory all
	tools/bench

fuzz:
	tools/test-fuzz 300

format:
	clang-format -i cgi-bin/*.c cgi-bin/lib/*.c cgi-bin/lib/*.h tools/*.c tools/*.h tests/unit/*.c tests/fuzz/*.c

install: all
	DESTDIR="$(DESTDIR)" PREFIX="$(PREFIX)" SYSCONFDIR="$(SYSCONFDIR)" tools/install

# The example configurations in conf/, for the Debian layout (PREFIX=/usr);
# make install writes them again for its own PREFIX.
templates: all
	tools/nginx-conf --site --root /usr/share/passerelle --sockets /run/passerelle \
		--server-name passerelle.example.org --render app >conf/nginx-app.conf
	tools/nginx-conf --site --root /usr/share/passerelle --sockets /run/passerelle \
		--server-name passerelle.example.org --render xml >conf/nginx-xml.conf
	tools/apache-conf --fcgid --server-name passerelle.example.org >conf/apache-fcgid.conf
	tools/apache-conf --proxy-fcgi --server-name passerelle.example.org >conf/apache-proxy-fcgi.conf
	tools/apache-conf --htaccess >conf/htaccess.example

clean:
	rm -rf build $(SCREENS) $(TOOLS) tests/unit/*.bin tests/fuzz/*.bin

.PHONY: security
security: deps
	@$(MAKE) --no-print-directory all
	tools/test-security

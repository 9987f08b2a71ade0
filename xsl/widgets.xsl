<?xml version="1.0" encoding="UTF-8"?>
<!--
  widgets.xsl: shared pieces every screen reuses (imported by layout.xsl).
  All words come from the catalog $t defined in layout.xsl; parameters that
  name a catalog key end in "key" or are called "label"/"help", and are
  passed as select="'the.key'" so tools/i18n-check can find them.

  Named templates:
    field          a labelled form field with hint, inline error, required mark
    error-summary  the GOV.UK-style summary at the top of <main>
    sort-header    a sortable <th> (a link; aria-sort on the current column)
    list-status    "N items • sorted by … • updated …"
    datetime       an ISO 8601 UTC date formatted for the page's language
    msg            a catalog message with one {placeholder} filled with markup
    hidden-csrf    the CSRF field every POST form carries
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The CSRF token every POST form must carry. -->
  <xsl:template name="hidden-csrf">
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
  </xsl:template>

  <!--
    field: one form field.
      name          the input's name; its id is "field-{name}" (error summary links to it)
      type          text | email | password | number | tel | date | search | url | textarea
      label         catalog key of the label
      required      'yes' (or 'true', '1') to mark it required (visible * with a text alternative, aria-required)
      autocomplete  autocomplete token (username, current-password, email, …), optional
      value         the submitted value to keep (never written back for passwords)
      help          catalog key of a hint shown under the label, optional
      maxlength     optional length limit (should match the column)
      error         catalog key of the error; defaults to /page/errors/error[@field=name]/@key
      width         optional CSS modifier: 'short' | 'medium' (default full width)
  -->
  <xsl:template name="field">
    <xsl:param name="name"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="label"/>
    <xsl:param name="required" select="'no'"/>
    <xsl:param name="autocomplete" select="''"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="maxlength" select="''"/>
    <xsl:param name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <xsl:param name="width" select="''"/>
    <xsl:variable name="id" select="concat('field-', $name)"/>
    <xsl:variable name="req" select="$required = 'yes' or $required = 'true' or $required = '1' or $required = 'required'"/>
    <xsl:variable name="described">
      <xsl:if test="string($help)"><xsl:value-of select="concat($id, '-help')"/></xsl:if>
      <xsl:if test="string($help) and string($error)"><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="string($error)"><xsl:value-of select="concat($id, '-error')"/></xsl:if>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="string($error)"> field-has-error</xsl:if>
      </xsl:attribute>
      <label class="field-label" for="{$id}">
        <xsl:value-of select="$t[@k = $label]"/>
        <xsl:if test="$req">
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </xsl:if>
      </label>
      <xsl:if test="string($help)">
        <p class="field-help" id="{$id}-help"><xsl:value-of select="$t[@k = $help]"/></p>
      </xsl:if>
      <xsl:if test="string($error)">
        <p class="field-error" id="{$id}-error">
          <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="$t[@k = $error]"/>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$type = 'textarea'">
          <textarea class="input" id="{$id}" name="{$name}" rows="5">
            <xsl:call-template name="field-attributes">
              <xsl:with-param name="required" select="$req"/>
              <xsl:with-param name="autocomplete" select="$autocomplete"/>
              <xsl:with-param name="maxlength" select="$maxlength"/>
              <xsl:with-param name="described" select="string($described)"/>
              <xsl:with-param name="error" select="$error"/>
            </xsl:call-template>
            <xsl:value-of select="$value"/>
          </textarea>
        </xsl:when>
        <xsl:otherwise>
          <input id="{$id}" name="{$name}" type="{$type}">
            <xsl:attribute name="class">
              <xsl:text>input</xsl:text>
              <xsl:if test="string($width)"><xsl:value-of select="concat(' input-', $width)"/></xsl:if>
            </xsl:attribute>
            <xsl:if test="$type != 'password' and string($value)">
              <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
            </xsl:if>
            <xsl:if test="$type = 'email'">
              <xsl:attribute name="spellcheck">false</xsl:attribute>
            </xsl:if>
            <xsl:call-template name="field-attributes">
              <xsl:with-param name="required" select="$req"/>
              <xsl:with-param name="autocomplete" select="$autocomplete"/>
              <xsl:with-param name="maxlength" select="$maxlength"/>
              <xsl:with-param name="described" select="string($described)"/>
              <xsl:with-param name="error" select="$error"/>
            </xsl:call-template>
          </input>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="field-attributes">
    <xsl:param name="required"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="maxlength"/>
    <xsl:param name="described"/>
    <xsl:param name="error"/>
    <xsl:if test="string($autocomplete)">
      <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="string($maxlength)">
      <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="$required">
      <xsl:attribute name="aria-required">true</xsl:attribute>
    </xsl:if>
    <xsl:if test="string($described)">
      <xsl:attribute name="aria-describedby"><xsl:value-of select="$described"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="string($error)">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!--
    error-summary: shown when there are errors. Each error with a field links
    to #field-{field} and reads "{label} : {message}", the label being the
    catalog key "{screen}.{field}" when it exists; form-level errors
    (field="") are plain text.
      errors   the error elements (default /page/errors/error)
      screen   prefix of the label keys (default /page/@screen)
  -->
  <xsl:template name="error-summary">
    <xsl:param name="errors" select="/page/errors/error"/>
    <xsl:param name="screen" select="string(/page/@screen)"/>
    <xsl:if test="$errors">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
        <h2 class="error-summary-title" id="error-summary-title"><xsl:value-of select="$t[@k='error.summary.title']"/></h2>
        <ul class="error-summary-list">
          <xsl:for-each select="$errors">
            <xsl:variable name="label" select="$t[@k = concat($screen, '.', current()/@field)]"/>
            <li>
              <xsl:choose>
                <xsl:when test="string(@field)">
                  <a href="#field-{@field}">
                    <xsl:if test="$label">
                      <xsl:value-of select="$label"/>
                      <xsl:value-of select="$t[@k='error.summary.sep']"/>
                    </xsl:if>
                    <xsl:value-of select="$t[@k = current()/@key]"/>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="$t[@k = current()/@key]"/>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!--
    sort-header: a <th scope="col"> whose label is a link that sorts the list.
      label     catalog key of the column label
      key       the sort key this column sends (?sort=key&dir=…)
      current   the list's current sort key
      dir       the list's current direction: asc | desc
      base      the URL path the link goes to (default /page/@path)
      query     other query parameters to keep, already URL-encoded, without
                leading '&' (e.g. "q=abc&amp;page=1"); optional
  -->
  <xsl:template name="sort-header">
    <xsl:param name="label"/>
    <xsl:param name="key"/>
    <xsl:param name="current" select="''"/>
    <xsl:param name="dir" select="'asc'"/>
    <xsl:param name="base" select="/page/@path"/>
    <xsl:param name="query" select="''"/>
    <xsl:variable name="is-current" select="$current = $key"/>
    <xsl:variable name="next-dir">
      <xsl:choose>
        <xsl:when test="$is-current and $dir = 'asc'">desc</xsl:when>
        <xsl:otherwise>asc</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <th scope="col">
      <xsl:if test="$is-current">
        <xsl:attribute name="aria-sort">
          <xsl:choose>
            <xsl:when test="$dir = 'desc'">descending</xsl:when>
            <xsl:otherwise>ascending</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </xsl:if>
      <a>
        <xsl:attribute name="class">
          <xsl:text>sort-link</xsl:text>
          <xsl:if test="$is-current"><xsl:value-of select="concat(' sort-', $dir)"/></xsl:if>
        </xsl:attribute>
        <xsl:attribute name="href">
          <xsl:value-of select="concat($base, '?sort=', $key, '&amp;dir=', $next-dir)"/>
          <xsl:if test="string($query)"><xsl:value-of select="concat('&amp;', $query)"/></xsl:if>
        </xsl:attribute>
        <xsl:value-of select="$t[@k = $label]"/>
        <span class="visually-hidden">
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="$next-dir = 'desc'"><xsl:value-of select="$t[@k='list.sort.by_desc']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='list.sort.by_asc']"/></xsl:otherwise>
          </xsl:choose>
        </span>
      </a>
    </th>
  </xsl:template>

  <!--
    list-status: "12 items • sorted by Name (ascending) • updated 24/11/2026 08:00 UTC".
      count     number of items in the list
      label     catalog key of the column the list is sorted by (optional)
      dir       asc | desc (with label)
      updated   ISO 8601 time the data was read (optional; e.g. /page/@now)
  -->
  <xsl:template name="list-status">
    <xsl:param name="count" select="0"/>
    <xsl:param name="label" select="''"/>
    <xsl:param name="dir" select="'asc'"/>
    <xsl:param name="updated" select="''"/>
    <p class="list-status">
      <xsl:choose>
        <xsl:when test="number($count) = 0">
          <xsl:value-of select="$t[@k='list.items.zero']"/>
        </xsl:when>
        <xsl:when test="number($count) = 1">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'list.items.one'"/>
            <xsl:with-param name="name" select="'n'"/>
            <xsl:with-param name="with" select="$count"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'list.items'"/>
            <xsl:with-param name="name" select="'n'"/>
            <xsl:with-param name="with" select="$count"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="string($label)">
        <xsl:text> • </xsl:text>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'list.sorted_by'"/>
          <xsl:with-param name="name" select="'col'"/>
          <xsl:with-param name="with">
            <xsl:value-of select="$t[@k = $label]"/>
            <xsl:text> (</xsl:text>
            <xsl:choose>
              <xsl:when test="$dir = 'desc'"><xsl:value-of select="$t[@k='list.sort.desc']"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t[@k='list.sort.asc']"/></xsl:otherwise>
            </xsl:choose>
            <xsl:text>)</xsl:text>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string($updated)">
        <xsl:text> • </xsl:text>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'list.updated'"/>
          <xsl:with-param name="name" select="'date'"/>
          <xsl:with-param name="with">
            <xsl:call-template name="datetime">
              <xsl:with-param name="value" select="$updated"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

  <!--
    msg: the catalog message "key" with its placeholder {name} replaced by
    "with" (a string or markup). Without a placeholder, the message as is.
  -->
  <xsl:template name="msg">
    <xsl:param name="key"/>
    <xsl:param name="name" select="''"/>
    <xsl:param name="with" select="''"/>
    <xsl:variable name="s" select="string($t[@k = $key])"/>
    <xsl:variable name="ph" select="concat('{', $name, '}')"/>
    <xsl:choose>
      <xsl:when test="string($name) and contains($s, $ph)">
        <xsl:value-of select="substring-before($s, $ph)"/>
        <xsl:copy-of select="$with"/>
        <xsl:value-of select="substring-after($s, $ph)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    datetime: <time datetime="…">formatted</time> for an ISO 8601 UTC value
    (YYYY-MM-DDThh:mm:ssZ or YYYY-MM-DD).
      value   the ISO string
      format  'datetime' (default) or 'date': picks the catalog pattern
              date.format.datetime / date.format.date, whose tokens are
              YYYY MM DD hh mm ss (everything else is copied)
      empty   catalog key written when value is empty (default date.none)
  -->
  <xsl:template name="datetime">
    <xsl:param name="value"/>
    <xsl:param name="format" select="'datetime'"/>
    <xsl:param name="empty" select="'date.none'"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:choose>
      <xsl:when test="string-length($v) &lt; 10">
        <xsl:value-of select="$t[@k = $empty]"/>
      </xsl:when>
      <xsl:otherwise>
        <time datetime="{$v}">
          <xsl:call-template name="date-fill">
            <!-- the date pattern or the date-and-time one, as one string -->
            <xsl:with-param name="pattern" select="concat(
                substring($date-format-date, 1, string-length($date-format-date) * ($format = 'date' or string-length($v) &lt; 16)),
                substring($date-format-datetime, 1, string-length($date-format-datetime) * not($format = 'date' or string-length($v) &lt; 16)))"/>
            <xsl:with-param name="v" select="$v"/>
          </xsl:call-template>
        </time>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The two date patterns, looked up once per page, not once per date:
       a lookup in $t compares every key of the catalog. -->
  <xsl:variable name="date-format-date" select="string($t[@k='date.format.date'])"/>
  <xsl:variable name="date-format-datetime" select="string($t[@k='date.format.datetime'])"/>

  <!-- date-fill: the pattern with its tokens replaced by the parts of v,
       one token or character at a time. The length of the token is
       computed in the select, not in a result tree fragment: this runs
       for every character of every date of a list. -->
  <xsl:template name="date-fill">
    <xsl:param name="pattern"/>
    <xsl:param name="v"/>
    <xsl:if test="string-length($pattern) &gt; 0">
      <xsl:variable name="n" select="1 + 3 * starts-with($pattern, 'YYYY') + (starts-with($pattern, 'MM') or starts-with($pattern, 'DD') or starts-with($pattern, 'hh') or starts-with($pattern, 'mm') or starts-with($pattern, 'ss'))"/>
      <xsl:choose>
        <xsl:when test="starts-with($pattern, 'YYYY')"><xsl:value-of select="substring($v, 1, 4)"/></xsl:when>
        <xsl:when test="starts-with($pattern, 'MM')"><xsl:value-of select="substring($v, 6, 2)"/></xsl:when>
        <xsl:when test="starts-with($pattern, 'DD')"><xsl:value-of select="substring($v, 9, 2)"/></xsl:when>
        <xsl:when test="starts-with($pattern, 'hh')"><xsl:value-of select="substring($v, 12, 2)"/></xsl:when>
        <xsl:when test="starts-with($pattern, 'mm')"><xsl:value-of select="substring($v, 15, 2)"/></xsl:when>
        <xsl:when test="starts-with($pattern, 'ss')"><xsl:value-of select="substring($v, 18, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring($pattern, 1, 1)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="date-fill">
        <xsl:with-param name="pattern" select="substring($pattern, $n + 1)"/>
        <xsl:with-param name="v" select="$v"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

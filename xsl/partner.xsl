<?xml version="1.0" encoding="UTF-8"?>
<!--
  partner.xsl: pieces the partner portal's screens share (included by
  requests.xsl, request.xsl, reports.xsl, …, after layout.xsl):
    p-number     a request or confirmation number on eight digits (00000247)
    p-date       an ISO date (yyyy-mm-dd) in the page's language; '' gives a dash word
    p-units      hundredths as a decimal in the page's language (12,50 / 12.50)
    p-money      cents as an amount in the page's language (1 234,50 $ / $1,234.50)
    p-state      the word of a request state
    p-status     "N items • Sorted by … • Filtered by … • Updated …" with a refresh link
    p-paging     "Page 2 of 5" with links, for any list
    p-tabs       the tab links of a list
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:decimal-format name="fr" decimal-separator="," grouping-separator="&#160;"/>
  <xsl:decimal-format name="en" decimal-separator="." grouping-separator=","/>

  <xsl:template name="p-number">
    <xsl:param name="n"/>
    <xsl:if test="string($n)"><xsl:value-of select="format-number($n, '00000000')"/></xsl:if>
  </xsl:template>

  <xsl:template name="p-date">
    <xsl:param name="value"/>
    <xsl:param name="empty" select="'partner.open_ended'"/>
    <xsl:call-template name="datetime">
      <xsl:with-param name="value" select="$value"/>
      <xsl:with-param name="format" select="'date'"/>
      <xsl:with-param name="empty" select="$empty"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="p-units">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$lang = 'en'"><xsl:value-of select="format-number($n div 100, '#,##0.##', 'en')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($n div 100, '#&#160;##0,##', 'fr')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="p-money">
    <xsl:param name="cents"/>
    <xsl:choose>
      <xsl:when test="$lang = 'en'">$<xsl:value-of select="format-number($cents div 100, '#,##0.00', 'en')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($cents div 100, '#&#160;##0,00', 'fr')"/>&#160;$</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The state words, looked up once a page: a list names a state on
       every row, and nginx's xslt filter has no index of the catalog. -->
  <xsl:variable name="p-state-offered" select="string($t[@k='partner.state.offered'])"/>
  <xsl:variable name="p-state-accepted" select="string($t[@k='partner.state.accepted'])"/>
  <xsl:variable name="p-state-activated" select="string($t[@k='partner.state.activated'])"/>
  <xsl:variable name="p-state-completed" select="string($t[@k='partner.state.completed'])"/>
  <xsl:variable name="p-state-cancelled" select="string($t[@k='partner.state.cancelled'])"/>
  <xsl:variable name="p-state-rejected" select="string($t[@k='partner.state.rejected'])"/>

  <xsl:template name="p-state">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'offered'"><xsl:value-of select="$p-state-offered"/></xsl:when>
      <xsl:when test="$state = 'accepted'"><xsl:value-of select="$p-state-accepted"/></xsl:when>
      <xsl:when test="$state = 'activated'"><xsl:value-of select="$p-state-activated"/></xsl:when>
      <xsl:when test="$state = 'completed'"><xsl:value-of select="$p-state-completed"/></xsl:when>
      <xsl:when test="$state = 'cancelled'"><xsl:value-of select="$p-state-cancelled"/></xsl:when>
      <xsl:when test="$state = 'rejected'"><xsl:value-of select="$p-state-rejected"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k = concat('partner.state.', $state)]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    p-status: the list's status line.
      count, label, dir   as list-status
      filters             the words of the filters applied, '' when none
      refresh             the URL that reads the list again
  -->
  <xsl:template name="p-status">
    <xsl:param name="count"/>
    <xsl:param name="label" select="''"/>
    <xsl:param name="dir" select="'asc'"/>
    <xsl:param name="filters" select="''"/>
    <xsl:param name="refresh"/>
    <p class="list-status">
      <xsl:choose>
        <xsl:when test="number($count) = 0"><xsl:value-of select="$t[@k='list.items.zero']"/></xsl:when>
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
      <xsl:text> • </xsl:text>
      <xsl:choose>
        <xsl:when test="string($filters)">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'partner.filtered_by'"/>
            <xsl:with-param name="name" select="'what'"/>
            <xsl:with-param name="with" select="$filters"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k='partner.unfiltered']"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> • </xsl:text>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'list.updated'"/>
        <xsl:with-param name="name" select="'date'"/>
        <xsl:with-param name="with">
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="/page/@now"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <a class="refresh" href="{$refresh}"><xsl:value-of select="$t[@k='partner.refresh']"/></a>
    </p>
  </xsl:template>

  <!-- p-paging: base is the URL of the list without page (ends in ? or &). -->
  <xsl:template name="p-paging">
    <xsl:param name="page"/>
    <xsl:param name="pages"/>
    <xsl:param name="base"/>
    <xsl:if test="number($pages) &gt; 1 or number($page) &gt; 1">
      <xsl:variable name="s" select="string($t[@k='users.page_of'])"/>
      <nav class="paging" aria-label="{$t[@k='users.paging']}">
        <p>
          <xsl:value-of select="substring-before($s, '{n}')"/>
          <xsl:value-of select="$page"/>
          <xsl:value-of select="substring-before(substring-after($s, '{n}'), '{m}')"/>
          <xsl:value-of select="$pages"/>
          <xsl:value-of select="substring-after($s, '{m}')"/>
        </p>
        <ul class="paging-links">
          <xsl:if test="number($page) &gt; 1">
            <li><a rel="prev" href="{$base}page={number($page) - 1}"><xsl:value-of select="$t[@k='users.prev']"/></a></li>
          </xsl:if>
          <xsl:if test="number($page) &lt; number($pages)">
            <li><a rel="next" href="{$base}page={number($page) + 1}"><xsl:value-of select="$t[@k='users.next']"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- p-tabs: tabs are <tab code="" count=""/>; prefix: catalog key prefix; base: URL up to tab= -->
  <xsl:template name="p-tabs">
    <xsl:param name="tabs"/>
    <xsl:param name="current"/>
    <xsl:param name="prefix"/>
    <xsl:param name="base"/>
    <nav class="tabs" aria-label="{$t[@k='partner.tabs']}">
      <ul class="tab-list">
        <xsl:for-each select="$tabs">
          <li>
            <a class="tab" href="{$base}{@code}">
              <xsl:if test="@code = $current">
                <xsl:attribute name="aria-current">page</xsl:attribute>
                <xsl:attribute name="class">tab tab-current</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="$t[@k = concat($prefix, current()/@code)]"/>
              <xsl:if test="@count"> (<xsl:value-of select="@count"/>)</xsl:if>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <!-- p-select: a labelled select of rows with id and name; first: key of the empty choice ('' none). -->
  <xsl:template name="p-select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <xsl:param name="options"/>
    <xsl:param name="first" select="'partner.any'"/>
    <xsl:param name="required" select="'no'"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <label class="field-label" for="field-{$name}">
        <xsl:value-of select="$t[@k = $label]"/>
        <xsl:if test="$required = 'yes'">
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </xsl:if>
      </label>
      <xsl:if test="$error">
        <p class="field-error" id="field-{$name}-error">
          <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="$t[@k = $error]"/>
        </p>
      </xsl:if>
      <select class="input" id="field-{$name}" name="{$name}">
        <xsl:if test="$required = 'yes'"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:if test="$error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">field-<xsl:value-of select="$name"/>-error</xsl:attribute>
        </xsl:if>
        <xsl:if test="string($first)">
          <option value=""><xsl:value-of select="$t[@k = $first]"/></option>
        </xsl:if>
        <xsl:for-each select="$options">
          <option value="{id}">
            <xsl:if test="string(id) = string($current)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="name"/>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <!-- p-summary-row: one row of a summary list; value is markup. -->
  <xsl:template name="p-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <div class="summary-row">
      <dt><xsl:value-of select="$t[@k = $label]"/></dt>
      <dd><xsl:copy-of select="$value"/></dd>
    </div>
  </xsl:template>

</xsl:stylesheet>

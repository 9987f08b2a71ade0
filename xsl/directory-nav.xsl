<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory-nav.xsl: pieces the directory's stylesheets share (included).
    dirmenu      the directory's menu, from
                 <dirmenu admin="0|1" import="0|1" configure="0|1">
                   <lists><list><id/><name/><count/>?</list>…</lists></dirmenu>
                 current: the path of the page, or "list:N" for a list
    dir-paging   "Page 2 of 5" with links; base: the path and query to
                 which "&page=N" is added
    dir-options  the <option>s of <option><code/><name/></option> rows,
                 "Any" first
    dir-label    a field's label with the required mark
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="dirmenu">
    <xsl:param name="current" select="string(/page/@path)"/>
    <xsl:variable name="m" select="/page/content/dirmenu"/>
    <nav class="subnav" aria-label="{$t[@k='directory.menu']}">
      <ul>
        <xsl:if test="$m/@admin = '1'">
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.persons']"/></xsl:call-template></li>
          <xsl:for-each select="$m/lists/list">
            <li>
              <a href="/directory?list={id}">
                <xsl:if test="$current = concat('list:', id)"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                <xsl:value-of select="name"/>
                <xsl:if test="string(count)">
                  <xsl:text> </xsl:text>
                  <span class="tag">
                    <xsl:value-of select="count"/>
                    <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='directory.menu.records']"/></span>
                  </span>
                </xsl:if>
              </a>
            </li>
          </xsl:for-each>
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory/lists'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.lists']"/></xsl:call-template></li>
        </xsl:if>
        <xsl:if test="$m/@import = '1'">
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory/import'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.import']"/></xsl:call-template></li>
        </xsl:if>
        <xsl:if test="$m/@configure = '1'">
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory/services'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.services']"/></xsl:call-template></li>
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory/centres'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.centres']"/></xsl:call-template></li>
          <li><xsl:call-template name="dirmenu-link"><xsl:with-param name="href" select="'/directory/apps'"/><xsl:with-param name="current" select="$current"/><xsl:with-param name="label" select="$t[@k='directory.menu.apps']"/></xsl:call-template></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="dirmenu-link">
    <xsl:param name="href"/>
    <xsl:param name="current"/>
    <xsl:param name="label"/>
    <a href="{$href}">
      <xsl:if test="$href = $current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </a>
  </xsl:template>

  <xsl:template name="dir-paging">
    <xsl:param name="base"/>
    <xsl:param name="list" select="list"/>
    <xsl:variable name="page" select="number($list/page)"/>
    <xsl:variable name="pages" select="number($list/pages)"/>
    <xsl:if test="$pages &gt; 1 or $page &gt; 1">
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
          <xsl:if test="$page &gt; 1">
            <li><a rel="prev" href="{$base}&amp;page={$page - 1}"><xsl:value-of select="$t[@k='users.prev']"/></a></li>
          </xsl:if>
          <xsl:if test="$page &lt; $pages">
            <li><a rel="next" href="{$base}&amp;page={$page + 1}"><xsl:value-of select="$t[@k='users.next']"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="dir-options">
    <xsl:param name="options"/>
    <xsl:param name="current"/>
    <xsl:param name="any" select="'directory.any'"/>
    <option value=""><xsl:value-of select="$t[@k = $any]"/></option>
    <xsl:for-each select="$options">
      <option value="{code}">
        <xsl:if test="string(code) = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="name"/>
      </option>
    </xsl:for-each>
  </xsl:template>

  <!-- A select field of the search form: label, error, options. -->
  <xsl:template name="dir-select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <xsl:param name="options" select="/.."/>
    <xsl:param name="codes" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="any" select="'directory.any'"/>
    <xsl:param name="required" select="false()"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <label class="field-label" for="field-{$name}">
        <xsl:value-of select="$t[@k = $label]"/>
        <xsl:if test="$required">
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
        <xsl:if test="$error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">field-<xsl:value-of select="$name"/>-error</xsl:attribute>
        </xsl:if>
        <xsl:if test="$required"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:choose>
          <xsl:when test="string($codes)">
            <option value=""><xsl:value-of select="$t[@k = $any]"/></option>
            <xsl:call-template name="dir-code-options">
              <xsl:with-param name="codes" select="concat($codes, ' ')"/>
              <xsl:with-param name="prefix" select="$prefix"/>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="dir-options">
              <xsl:with-param name="options" select="$options"/>
              <xsl:with-param name="current" select="$current"/>
              <xsl:with-param name="any" select="$any"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </select>
    </div>
  </xsl:template>

  <!-- Options for the space-separated codes, words from prefix.code. -->
  <xsl:template name="dir-code-options">
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="current"/>
    <xsl:variable name="code" select="substring-before($codes, ' ')"/>
    <xsl:if test="string($code)">
      <option value="{$code}">
        <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="$t[@k = concat($prefix, $code)]"/>
      </option>
      <xsl:call-template name="dir-code-options">
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="current" select="$current"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  audit-trail.xsl: the audit trail with its filters, paging and export.
  <content>
    <filter who="" what="" subject="" from="yyyy-mm-dd" to="yyyy-mm-dd"/>  (as entered)
    <actions><action>login.success</action>…</actions>   (the actions present)
    <audit sort="at" dir="desc|asc" count="N" page="1" pages="P" query="who=…&amp;from=…">
      <event><id/><at/><actor_name/><actor_email/><ip/><action/><subject_type/>
        <subject_id/><subject/><detail/><before_value/><after_value/></event>…
    </audit>   (absent when a filter is bad)
  </content>
  An action's label is the catalog key audit.action.{code}, else the code.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">audit.title</xsl:template>

  <xsl:template match="content">
    <xsl:apply-templates select="filter"/>
    <xsl:apply-templates select="audit"/>
  </xsl:template>

  <!-- The label of an action code. -->
  <xsl:template name="action-label">
    <xsl:param name="code"/>
    <xsl:variable name="k" select="concat('audit.action.', $code)"/>
    <xsl:choose>
      <xsl:when test="$t[@k = $k]"><xsl:value-of select="$t[@k = $k]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The filters: a GET form, so a filtered list can be bookmarked. -->
  <xsl:template match="filter">
    <xsl:variable name="f" select="."/>
    <xsl:variable name="what-error" select="string(/page/errors/error[@field = 'what'][1]/@key)"/>
    <form method="get" action="/audit" class="form filters" role="search" aria-labelledby="filters-title">
      <h2 id="filters-title"><xsl:value-of select="$t[@k='audit.filters']"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'who'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'audit.who'"/>
        <xsl:with-param name="help" select="'audit.who.help'"/>
        <xsl:with-param name="value" select="$f/@who"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$what-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-what"><xsl:value-of select="$t[@k='audit.what']"/></label>
        <xsl:if test="$what-error">
          <p class="field-error" id="field-what-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $what-error]"/>
          </p>
        </xsl:if>
        <select class="input" id="field-what" name="what">
          <xsl:if test="$what-error">
            <xsl:attribute name="aria-invalid">true</xsl:attribute>
            <xsl:attribute name="aria-describedby">field-what-error</xsl:attribute>
          </xsl:if>
          <option value=""><xsl:value-of select="$t[@k='audit.what.any']"/></option>
          <xsl:for-each select="../actions/action">
            <option value="{.}">
              <xsl:if test=". = $f/@what"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:call-template name="action-label">
                <xsl:with-param name="code" select="string(.)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'subject'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'audit.subject'"/>
        <xsl:with-param name="help" select="'audit.subject.help'"/>
        <xsl:with-param name="value" select="$f/@subject"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'audit.from'"/>
        <xsl:with-param name="help" select="'audit.date.help'"/>
        <xsl:with-param name="value" select="$f/@from"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'audit.to'"/>
        <xsl:with-param name="help" select="'audit.date.help'"/>
        <xsl:with-param name="value" select="$f/@to"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <button type="submit" class="button"><xsl:value-of select="$t[@k='audit.filter']"/></button>
    </form>
  </xsl:template>

  <xsl:template match="audit">
    <xsl:variable name="q" select="string(@query)"/>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="string(@count)"/>
      <xsl:with-param name="label" select="'audit.col.at'"/>
      <xsl:with-param name="dir" select="string(@dir)"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <p>
      <a class="button button-secondary" download="audit.csv">
        <xsl:attribute name="href">
          <xsl:text>/audit?format=csv</xsl:text>
          <xsl:if test="$q"><xsl:value-of select="concat('&amp;', $q)"/></xsl:if>
        </xsl:attribute>
        <xsl:value-of select="$t[@k='audit.export']"/>
      </a>
    </p>
    <xsl:choose>
      <xsl:when test="event">
        <section class="table-wrap" aria-labelledby="audit-caption" tabindex="0">
          <table class="table">
            <caption class="visually-hidden" id="audit-caption"><xsl:value-of select="$t[@k='audit.caption']"/></caption>
            <thead>
              <tr>
                <xsl:call-template name="sort-header">
                  <xsl:with-param name="label" select="'audit.col.at'"/>
                  <xsl:with-param name="key">at</xsl:with-param>
                  <xsl:with-param name="current" select="'at'"/>
                  <xsl:with-param name="dir" select="string(@dir)"/>
                  <xsl:with-param name="query" select="$q"/>
                </xsl:call-template>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.actor']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.ip']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.action']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.subject']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.detail']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='audit.col.change']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="event">
                <tr>
                  <td>
                    <xsl:call-template name="datetime">
                      <xsl:with-param name="value" select="at"/>
                    </xsl:call-template>
                  </td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="actor_email">
                        <xsl:value-of select="actor_name"/><br/>
                        <span class="cell-wrap"><xsl:value-of select="actor_email"/></span>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="$t[@k='audit.anonymous']"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="ip"/></td>
                  <td>
                    <xsl:call-template name="action-label">
                      <xsl:with-param name="code" select="string(action)"/>
                    </xsl:call-template>
                  </td>
                  <td class="cell-wrap"><xsl:value-of select="subject"/></td>
                  <td class="cell-wrap"><xsl:value-of select="detail"/></td>
                  <td class="cell-wrap">
                    <xsl:if test="before_value">
                      <p><xsl:value-of select="$t[@k='audit.before']"/><xsl:text> </xsl:text><code><xsl:value-of select="before_value"/></code></p>
                    </xsl:if>
                    <xsl:if test="after_value">
                      <p><xsl:value-of select="$t[@k='audit.after']"/><xsl:text> </xsl:text><code><xsl:value-of select="after_value"/></code></p>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
        <xsl:if test="@pages &gt; 1">
          <nav class="paging" aria-label="{$t[@k='audit.paging']}">
            <xsl:variable name="base" select="concat('/audit?sort=at&amp;dir=', @dir, substring('&amp;', 1, string-length($q) > 0), $q, '&amp;page=')"/>
            <xsl:if test="@page &gt; 1">
              <a rel="prev" href="{$base}{@page - 1}"><xsl:value-of select="$t[@k='audit.prev']"/></a>
              <xsl:text> </xsl:text>
            </xsl:if>
            <span>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'audit.page_of'"/>
                <xsl:with-param name="name" select="'n'"/>
                <xsl:with-param name="with" select="concat(@page, ' / ', @pages)"/>
              </xsl:call-template>
            </span>
            <xsl:if test="@page &lt; @pages">
              <xsl:text> </xsl:text>
              <a rel="next" href="{$base}{@page + 1}"><xsl:value-of select="$t[@k='audit.next']"/></a>
            </xsl:if>
          </nav>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='audit.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

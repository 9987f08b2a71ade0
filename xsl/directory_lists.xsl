<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_lists.xsl: the custom lists (saved searches) of the directory.
  <content>
    <dirmenu …/>
    <lists><list><id/><name/><version/><query/><created_at/><created_by/>
      <count/>? <filters>…</filters>?</list>…</lists>
    <newlist><name/><query/></newlist>   (a creation that was refused)
  </content>
  Forms POST to /directory/lists: action=create (list_name, query),
  rename (id, version, name_ID), delete (id, version).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_lists.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"/>
    <p class="lead"><xsl:value-of select="$t[@k='directory_lists.intro']"/></p>
    <xsl:if test="string(newlist/query)">
      <form method="post" action="/directory/lists" class="form">
        <h2><xsl:value-of select="$t[@k='directory.save.title']"/></h2>
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="create"/>
        <input type="hidden" name="query" value="{newlist/query}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'list_name'"/>
          <xsl:with-param name="label" select="'directory.save.name'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="maxlength" select="'100'"/>
          <xsl:with-param name="value" select="newlist/name"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit" class="button"><xsl:value-of select="$t[@k='directory.save.submit']"/></button>
        </div>
      </form>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="lists/list">
        <xsl:for-each select="lists/list">
          <section class="list-card" aria-labelledby="list-{id}">
            <h2 id="list-{id}">
              <a href="/directory?list={id}"><xsl:value-of select="name"/></a>
            </h2>
            <p>
              <xsl:choose>
                <xsl:when test="string(count)">
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'directory_lists.count'"/>
                    <xsl:with-param name="name" select="'n'"/>
                    <xsl:with-param name="with" select="string(count)"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$t[@k='err.directory.list.broken']"/></xsl:otherwise>
              </xsl:choose>
            </p>
            <xsl:if test="filters">
              <ul class="list-bullet">
                <xsl:for-each select="filters/*[string(.)]">
                  <li>
                    <xsl:value-of select="$t[@k = concat('directory.', local-name(current()))]"/>
                    <xsl:value-of select="$t[@k='error.summary.sep']"/>
                    <xsl:call-template name="filter-value"/>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
            <form method="post" action="/directory/lists" class="form">
              <xsl:call-template name="hidden-csrf"/>
              <input type="hidden" name="action" value="rename"/>
              <input type="hidden" name="id" value="{id}"/>
              <input type="hidden" name="version" value="{version}"/>
              <xsl:call-template name="field">
                <xsl:with-param name="name" select="concat('name_', id)"/>
                <xsl:with-param name="label" select="'directory_lists.rename'"/>
                <xsl:with-param name="required" select="'yes'"/>
                <xsl:with-param name="maxlength" select="'100'"/>
                <xsl:with-param name="value" select="name"/>
                <xsl:with-param name="autocomplete" select="'off'"/>
              </xsl:call-template>
              <div class="form-actions">
                <button type="submit" class="button button-secondary">
                  <xsl:value-of select="$t[@k='directory_lists.rename.submit']"/>
                  <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
                </button>
              </div>
            </form>
            <form method="post" action="/directory/lists" class="form">
              <xsl:call-template name="hidden-csrf"/>
              <input type="hidden" name="action" value="delete"/>
              <input type="hidden" name="id" value="{id}"/>
              <input type="hidden" name="version" value="{version}"/>
              <button type="submit" class="button button-secondary">
                <xsl:value-of select="$t[@k='directory_lists.delete']"/>
                <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
              </button>
            </form>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='directory_lists.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A saved filter's value in words where it is a code. -->
  <xsl:template name="filter-value">
    <xsl:variable name="n" select="local-name()"/>
    <xsl:choose>
      <xsl:when test="$n = 'type' or $n = 'state' or $n = 'access' or $n = 'area'">
        <xsl:value-of select="$t[@k = concat('directory.', $n, '.', current())]"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

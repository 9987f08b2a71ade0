<?xml version="1.0" encoding="UTF-8"?>
<!--
  clients.xsl: the organisation's clients, with search, sorting and paging.
  <content>
    <clients><client><id/><given_name/><family_name/><file_number/>
      <birth_date/><city/><active/><portal_role/><contacts/></client>…</clients>
    <list sort="name" dir="asc" label="clients.col.name" keep="q=…">
      <count/><page/><pages/></list>
    <filters><q/></filters>
  </content>
  portal_role: the role of the client's own live family portal access.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:template name="title">clients.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <xsl:if test="/page/perms/p = 'clients.manage'">
      <p><a class="button" href="/client/demographics"><xsl:value-of select="$t[@k='clients.add']"/></a></p>
    </xsl:if>
    <form method="get" action="/clients" class="form filters" role="search" aria-labelledby="search-title">
      <h2 id="search-title"><xsl:value-of select="$t[@k='clients.search']"/></h2>
      <input type="hidden" name="sort" value="{$l/@sort}"/>
      <input type="hidden" name="dir" value="{$l/@dir}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'clients.q'"/>
        <xsl:with-param name="help" select="'clients.q_help'"/>
        <xsl:with-param name="value" select="filters/q"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='clients.apply']"/></button>
        <xsl:text> </xsl:text>
        <a href="/clients"><xsl:value-of select="$t[@k='clients.clear']"/></a>
      </div>
    </form>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="string($l/@label)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="clients/client">
        <xsl:apply-templates select="clients"/>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='clients.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="paging">
      <xsl:with-param name="l" select="$l"/>
      <xsl:with-param name="base" select="'/clients'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="clients">
    <xsl:variable name="l" select="../list"/>
    <section class="table-wrap" aria-labelledby="clients-caption" tabindex="0">
      <table class="table">
        <caption id="clients-caption"><xsl:value-of select="$t[@k='clients.caption']"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'clients.col.name'"/>
              <xsl:with-param name="key">name</xsl:with-param>
              <xsl:with-param name="current" select="string($l/@sort)"/>
              <xsl:with-param name="dir" select="string($l/@dir)"/>
              <xsl:with-param name="query" select="string($l/@keep)"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'clients.col.file'"/>
              <xsl:with-param name="key">file</xsl:with-param>
              <xsl:with-param name="current" select="string($l/@sort)"/>
              <xsl:with-param name="dir" select="string($l/@dir)"/>
              <xsl:with-param name="query" select="string($l/@keep)"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'clients.col.birth'"/>
              <xsl:with-param name="key">birth</xsl:with-param>
              <xsl:with-param name="current" select="string($l/@sort)"/>
              <xsl:with-param name="dir" select="string($l/@dir)"/>
              <xsl:with-param name="query" select="string($l/@keep)"/>
            </xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='clients.col.city']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='clients.col.contacts']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='clients.col.portal']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="client">
            <tr>
              <td>
                <a href="/client?id={id}"><xsl:value-of select="concat(family_name, ', ', given_name)"/></a>
                <xsl:if test="active = '0'">
                  <xsl:text> </xsl:text>
                  <span class="tag tag-muted"><xsl:value-of select="$t[@k='client.inactive']"/></span>
                </xsl:if>
              </td>
              <td><xsl:value-of select="file_number"/></td>
              <td>
                <xsl:call-template name="datetime">
                  <xsl:with-param name="value" select="birth_date"/>
                  <xsl:with-param name="format" select="'date'"/>
                </xsl:call-template>
              </td>
              <td><xsl:value-of select="city"/></td>
              <td class="num"><xsl:value-of select="contacts"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="string(portal_role)"><xsl:value-of select="portal_role"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='clients.portal_none']"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>

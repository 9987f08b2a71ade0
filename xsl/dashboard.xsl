<?xml version="1.0" encoding="UTF-8"?>
<!--
  dashboard.xsl: the service request dashboard.
  <content>
    <summary><report code="new" title="partner.dash.new" current="1">12</report>…</summary>
    <list code="new" title="…"><count/><page/><pages/></list>          (one report chosen)
    <requests><request><id/><state/><start_date/><end_date/><client/><service/><zone/>
      <centre/><provider/><created_at/></request>…</requests>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.dash.title</xsl:template>

  <xsl:template match="content">
    <p class="lead"><xsl:value-of select="$t[@k='partner.dash.intro']"/></p>
    <ul class="tiles">
      <xsl:for-each select="summary/report">
        <li class="tile">
          <h2 class="tile-title">
            <a class="tile-link" href="/dashboard?report={@code}">
              <xsl:if test="@current = '1'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:value-of select="$t[@k = current()/@title]"/>
            </a>
          </h2>
          <p class="tile-text">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'list.items'"/>
              <xsl:with-param name="name" select="'n'"/>
              <xsl:with-param name="with" select="string(.)"/>
            </xsl:call-template>
            <xsl:text> • </xsl:text>
            <a href="/dashboard?report={@code}&amp;format=csv"><xsl:value-of select="$t[@k='partner.dash.export']"/><span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k = current()/@title]"/></span></a>
          </p>
        </li>
      </xsl:for-each>
    </ul>
    <xsl:apply-templates select="list"/>
  </xsl:template>

  <xsl:template match="list">
    <xsl:variable name="l" select="."/>
    <h2><xsl:value-of select="$t[@k = current()/@title]"/></h2>
    <xsl:call-template name="p-status">
      <xsl:with-param name="count" select="string(count)"/>
      <xsl:with-param name="filters" select="string($t[@k = current()/@title])"/>
      <xsl:with-param name="refresh" select="concat('/dashboard?report=', @code, '&amp;page=', page)"/>
    </xsl:call-template>
    <p><a class="button button-secondary" href="/dashboard?report={@code}&amp;format=csv"><xsl:value-of select="$t[@k='partner.dash.export']"/></a></p>
    <xsl:if test="../requests/request">
      <section class="table-wrap" aria-labelledby="dash-caption" tabindex="0">
        <table class="table">
          <caption id="dash-caption"><xsl:value-of select="$t[@k = current()/@title]"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.number']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.client']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.start']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.end']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.status']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.service']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.zone']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.centre']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.provider']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="../requests/request">
              <tr>
                <td><a href="/request?id={id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="id"/></xsl:call-template></a></td>
                <td><xsl:value-of select="client"/></td>
                <td><xsl:call-template name="p-date"><xsl:with-param name="value" select="start_date"/></xsl:call-template></td>
                <td><xsl:call-template name="p-date"><xsl:with-param name="value" select="end_date"/></xsl:call-template></td>
                <td><xsl:call-template name="p-state"><xsl:with-param name="state" select="state"/></xsl:call-template></td>
                <td><xsl:value-of select="service"/></td>
                <td><xsl:value-of select="zone"/></td>
                <td><xsl:value-of select="centre"/></td>
                <td><xsl:value-of select="provider"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
    <xsl:call-template name="p-paging">
      <xsl:with-param name="page" select="page"/>
      <xsl:with-param name="pages" select="pages"/>
      <xsl:with-param name="base" select="concat('/dashboard?report=', @code, '&amp;')"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

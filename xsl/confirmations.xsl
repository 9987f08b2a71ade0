<?xml version="1.0" encoding="UTF-8"?>
<!--
  confirmations.xsl: the service confirmations in one tab per state, with totals per period.
  <content>
    <confirmations><confirmation><id/><request_id/><period_from/><period_to/><units/>
      <amount_cents/><state/><client/><service/><provider/></confirmation>…</confirmations>
    <totals><period><month>2026-11</month><n/><units/><amount/></period>…</totals>
    <tabs current="draft"><tab code="draft"/>…</tabs>
    <persona agency= finance=/>
    <list sort= dir= label= keep=><count/><page/><pages/></list>
    <filters><q/></filters>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.confirmations.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <xsl:variable name="tab" select="string(tabs/@current)"/>
    <xsl:if test="persona/@finance = '1'">
      <p class="lead"><xsl:value-of select="$t[@k='partner.confirmations.intro']"/></p>
      <ul class="action-links">
        <li><a class="button" href="/requests?tab=active"><xsl:value-of select="$t[@k='partner.confirmations.new']"/></a></li>
        <li><a class="button button-secondary" href="/confirmations/upload"><xsl:value-of select="$t[@k='partner.upload.title']"/></a></li>
      </ul>
    </xsl:if>
    <xsl:call-template name="p-tabs">
      <xsl:with-param name="tabs" select="tabs/tab"/>
      <xsl:with-param name="current" select="$tab"/>
      <xsl:with-param name="prefix" select="'partner.cstate.'"/>
      <xsl:with-param name="base" select="'/confirmations?tab='"/>
    </xsl:call-template>
    <form method="get" action="/confirmations" class="form filters" role="search" aria-labelledby="filters-title">
      <h2 id="filters-title"><xsl:value-of select="$t[@k='partner.filters']"/></h2>
      <input type="hidden" name="tab" value="{$tab}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'partner.filter.q'"/>
        <xsl:with-param name="value" select="filters/q"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='users.apply']"/></button>
      </div>
    </form>
    <xsl:call-template name="p-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="string($l/@label)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="filters">
        <xsl:value-of select="$t[@k = concat('partner.cstate.', $tab)]"/>
        <xsl:if test="string(filters/q)">, « <xsl:value-of select="filters/q"/> »</xsl:if>
      </xsl:with-param>
      <xsl:with-param name="refresh" select="concat('/confirmations?', $l/@keep, '&amp;sort=', $l/@sort, '&amp;dir=', $l/@dir, '&amp;page=', $l/page)"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="confirmations/confirmation"><xsl:apply-templates select="confirmations"/></xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='partner.confirmations.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="p-paging">
      <xsl:with-param name="page" select="$l/page"/>
      <xsl:with-param name="pages" select="$l/pages"/>
      <xsl:with-param name="base" select="concat('/confirmations?', $l/@keep, '&amp;sort=', $l/@sort, '&amp;dir=', $l/@dir, '&amp;')"/>
    </xsl:call-template>
    <xsl:apply-templates select="totals"/>
  </xsl:template>

  <xsl:template name="head">
    <xsl:param name="sort"/>
    <xsl:param name="label"/>
    <xsl:variable name="l" select="/page/content/list"/>
    <xsl:call-template name="sort-header">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="key" select="$sort"/>
      <xsl:with-param name="current" select="string($l/@sort)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="query" select="string($l/@keep)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="confirmations">
    <section class="table-wrap" aria-labelledby="c-caption" tabindex="0">
      <table class="table">
        <caption id="c-caption"><xsl:value-of select="$t[@k = concat('partner.cstate.', current()/../tabs/@current)]"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'number'"/><xsl:with-param name="label" select="'partner.ccol.number'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'request'"/><xsl:with-param name="label" select="'partner.ccol.request'"/></xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='partner.col.client']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.col.service']"/></th>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'period'"/><xsl:with-param name="label" select="'partner.ccol.period'"/></xsl:call-template>
            <th scope="col" class="num"><xsl:value-of select="$t[@k='partner.ccol.units']"/></th>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'amount'"/><xsl:with-param name="label" select="'partner.ccol.amount'"/></xsl:call-template>
            <xsl:if test="../persona/@agency = '1'">
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.provider']"/></th>
            </xsl:if>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="confirmation">
            <tr>
              <td><a href="/confirmation?id={id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="id"/></xsl:call-template></a></td>
              <td><a href="/request?id={request_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="request_id"/></xsl:call-template></a></td>
              <td><xsl:value-of select="client"/></td>
              <td><xsl:value-of select="service"/></td>
              <td>
                <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_from"/></xsl:call-template>
                <xsl:text> – </xsl:text>
                <xsl:call-template name="p-date"><xsl:with-param name="value" select="period_to"/></xsl:call-template>
              </td>
              <td class="num"><xsl:call-template name="p-units"><xsl:with-param name="n" select="units"/></xsl:call-template></td>
              <td class="num"><xsl:call-template name="p-money"><xsl:with-param name="cents" select="amount_cents"/></xsl:call-template></td>
              <xsl:if test="../../persona/@agency = '1'"><td><xsl:value-of select="provider"/></td></xsl:if>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="totals">
    <h2><xsl:value-of select="$t[@k='partner.totals.title']"/></h2>
    <xsl:choose>
      <xsl:when test="period">
        <section class="table-wrap" aria-labelledby="totals-caption" tabindex="0">
          <table class="table">
            <caption id="totals-caption"><xsl:value-of select="$t[@k='partner.totals.caption']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='partner.totals.month']"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t[@k='partner.totals.count']"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t[@k='partner.ccol.units']"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t[@k='partner.ccol.amount']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="period">
                <tr>
                  <th scope="row"><xsl:value-of select="$t[@k = concat('partner.month.', substring(month, 6, 2))]"/><xsl:text> </xsl:text><xsl:value-of select="substring(month, 1, 4)"/></th>
                  <td class="num"><xsl:value-of select="n"/></td>
                  <td class="num"><xsl:call-template name="p-units"><xsl:with-param name="n" select="units"/></xsl:call-template></td>
                  <td class="num"><xsl:call-template name="p-money"><xsl:with-param name="cents" select="amount"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='partner.confirmations.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

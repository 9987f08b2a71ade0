<?xml version="1.0" encoding="UTF-8"?>
<!--
  requests.xsl: the service requests in their tabs.
  <content>
    <requests><request><id/><state/><start_date/><end_date/><client/><service/>
      <zone/><centre/><provider/><origin_id/><clone_id/></request>…</requests>
    <persona agency="0|1" care="0|1" finance="0|1"/>
    <tabs current="active"><tab code="pending" count="2"/>…</tabs>
    <list sort="number" dir="asc" label="partner.col.number" keep="tab=…&amp;q=…">
      <count/><page/><pages/></list>
    <filters><q/><service/><zone/><provider/></filters>
    <services|zones|providers><…><id/><name/></…></…>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.requests.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <xsl:variable name="tab" select="string(tabs/@current)"/>
    <xsl:if test="persona/@agency = '1'">
      <p><a class="button" href="/request/new"><xsl:value-of select="$t[@k='partner.new.title']"/></a></p>
    </xsl:if>
    <xsl:call-template name="p-tabs">
      <xsl:with-param name="tabs" select="tabs/tab"/>
      <xsl:with-param name="current" select="$tab"/>
      <xsl:with-param name="prefix" select="'partner.tab.'"/>
      <xsl:with-param name="base" select="'/requests?tab='"/>
    </xsl:call-template>
    <h2><xsl:value-of select="$t[@k = concat('partner.tab_title.', $tab)]"/></h2>
    <xsl:if test="$tab = 'linked'">
      <p class="lead"><xsl:value-of select="$t[@k='partner.linked.intro']"/></p>
    </xsl:if>
    <xsl:apply-templates select="filters"/>
    <xsl:call-template name="p-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="string($l/@label)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="filters">
        <xsl:call-template name="filter-words"/>
      </xsl:with-param>
      <xsl:with-param name="refresh" select="concat('/requests?', $l/@keep, '&amp;sort=', $l/@sort, '&amp;dir=', $l/@dir, '&amp;page=', $l/page)"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="requests/request">
        <xsl:apply-templates select="requests"/>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='partner.requests.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="p-paging">
      <xsl:with-param name="page" select="$l/page"/>
      <xsl:with-param name="pages" select="$l/pages"/>
      <xsl:with-param name="base" select="concat('/requests?', $l/@keep, '&amp;sort=', $l/@sort, '&amp;dir=', $l/@dir, '&amp;')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The words of the filters applied, separated by commas. -->
  <xsl:template name="filter-words">
    <xsl:variable name="f" select="filters"/>
    <xsl:if test="string($f/q)">
      <xsl:value-of select="$t[@k='partner.filter.q']"/> « <xsl:value-of select="$f/q"/> »</xsl:if>
    <xsl:if test="string($f/service)">
      <xsl:if test="string($f/q)">, </xsl:if>
      <xsl:value-of select="services/service[id = $f/service]/name"/>
    </xsl:if>
    <xsl:if test="string($f/zone)">
      <xsl:if test="string($f/q) or string($f/service)">, </xsl:if>
      <xsl:value-of select="zones/zone[id = $f/zone]/name"/>
    </xsl:if>
    <xsl:if test="string($f/provider)">
      <xsl:if test="string($f/q) or string($f/service) or string($f/zone)">, </xsl:if>
      <xsl:value-of select="providers/provider[id = $f/provider]/name"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="filters">
    <form method="get" action="/requests" class="form filters" role="search" aria-labelledby="filters-title">
      <h3 id="filters-title"><xsl:value-of select="$t[@k='partner.filters']"/></h3>
      <input type="hidden" name="tab" value="{../tabs/@current}"/>
      <input type="hidden" name="sort" value="{../list/@sort}"/>
      <input type="hidden" name="dir" value="{../list/@dir}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'partner.filter.q'"/>
        <xsl:with-param name="help" select="'partner.filter.q_help'"/>
        <xsl:with-param name="value" select="q"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'service'"/>
        <xsl:with-param name="label" select="'partner.col.service'"/>
        <xsl:with-param name="current" select="string(service)"/>
        <xsl:with-param name="options" select="../services/service"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'zone'"/>
        <xsl:with-param name="label" select="'partner.col.zone'"/>
        <xsl:with-param name="current" select="string(zone)"/>
        <xsl:with-param name="options" select="../zones/zone"/>
      </xsl:call-template>
      <xsl:if test="../persona/@agency = '1'">
        <xsl:call-template name="p-select">
          <xsl:with-param name="name" select="'provider'"/>
          <xsl:with-param name="label" select="'partner.col.provider'"/>
          <xsl:with-param name="current" select="string(provider)"/>
          <xsl:with-param name="options" select="../providers/provider"/>
        </xsl:call-template>
      </xsl:if>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='users.apply']"/></button>
        <xsl:text> </xsl:text>
        <a href="/requests?tab={../tabs/@current}"><xsl:value-of select="$t[@k='users.clear']"/></a>
      </div>
    </form>
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

  <xsl:template match="requests">
    <xsl:variable name="tab" select="string(../tabs/@current)"/>
    <section class="table-wrap" aria-labelledby="requests-caption" tabindex="0">
      <table class="table">
        <caption id="requests-caption"><xsl:value-of select="$t[@k = concat('partner.tab_title.', $tab)]"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'number'"/><xsl:with-param name="label" select="'partner.col.number'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'client'"/><xsl:with-param name="label" select="'partner.col.client'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'start'"/><xsl:with-param name="label" select="'partner.col.start'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'end'"/><xsl:with-param name="label" select="'partner.col.end'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'status'"/><xsl:with-param name="label" select="'partner.col.status'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'service'"/><xsl:with-param name="label" select="'partner.col.service'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'zone'"/><xsl:with-param name="label" select="'partner.col.zone'"/></xsl:call-template>
            <xsl:call-template name="head"><xsl:with-param name="sort" select="'centre'"/><xsl:with-param name="label" select="'partner.col.centre'"/></xsl:call-template>
            <xsl:if test="../persona/@agency = '1'">
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.provider']"/></th>
            </xsl:if>
            <xsl:if test="$tab = 'linked'">
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.linked']"/></th>
            </xsl:if>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="request">
            <tr>
              <td><a href="/request?id={id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="id"/></xsl:call-template></a></td>
              <td><xsl:value-of select="client"/></td>
              <td><xsl:call-template name="p-date"><xsl:with-param name="value" select="start_date"/></xsl:call-template></td>
              <td><xsl:call-template name="p-date"><xsl:with-param name="value" select="end_date"/></xsl:call-template></td>
              <td><xsl:call-template name="p-state"><xsl:with-param name="state" select="state"/></xsl:call-template></td>
              <td><xsl:value-of select="service"/></td>
              <td><xsl:value-of select="zone"/></td>
              <td><xsl:value-of select="centre"/></td>
              <xsl:if test="../../persona/@agency = '1'">
                <td><xsl:value-of select="provider"/></td>
              </xsl:if>
              <xsl:if test="$tab = 'linked'">
                <td>
                  <xsl:if test="string(origin_id)">
                    <xsl:value-of select="$t[@k='partner.linked.original']"/><xsl:text> </xsl:text>
                    <a href="/request?id={origin_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="origin_id"/></xsl:call-template></a>
                  </xsl:if>
                  <xsl:if test="string(origin_id) and string(clone_id)"><br/></xsl:if>
                  <xsl:if test="string(clone_id)">
                    <xsl:value-of select="$t[@k='partner.linked.clone']"/><xsl:text> </xsl:text>
                    <a href="/request?id={clone_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="clone_id"/></xsl:call-template></a>
                  </xsl:if>
                </td>
              </xsl:if>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>

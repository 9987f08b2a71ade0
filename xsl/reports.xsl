<?xml version="1.0" encoding="UTF-8"?>
<!--
  reports.xsl: the Service reports screen.
  <content>
    <reports><report><id/><kind/><change_kind/><status/><reported_at/><request_id/>
      <client/><reported_by/><lead/><provider/></report>…</reports>
    <list dir="desc" keep="kind=…"><count/><page/><pages/></list>
    <filters agency="0|1"><kind/><status/><client/><from/><to/><mine/></filters>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.reports.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <p class="lead"><xsl:value-of select="$t[@k='partner.reports.intro']"/></p>
    <xsl:apply-templates select="filters"/>
    <xsl:call-template name="p-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="'partner.report.sent'"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="filters"><xsl:call-template name="filter-words"/></xsl:with-param>
      <xsl:with-param name="refresh" select="concat('/reports?', $l/@keep, '&amp;dir=', $l/@dir)"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="reports/report"><xsl:apply-templates select="reports"/></xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='partner.reports.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="p-paging">
      <xsl:with-param name="page" select="$l/page"/>
      <xsl:with-param name="pages" select="$l/pages"/>
      <xsl:with-param name="base" select="concat('/reports?', $l/@keep, '&amp;dir=', $l/@dir, '&amp;')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="filter-words">
    <xsl:variable name="f" select="filters"/>
    <xsl:if test="$f/mine = '1'"><xsl:value-of select="$t[@k='partner.reports.mine']"/></xsl:if>
    <xsl:if test="string($f/kind)">
      <xsl:if test="$f/mine = '1'">, </xsl:if>
      <xsl:value-of select="$t[@k = concat('partner.kind.', $f/kind)]"/>
    </xsl:if>
    <xsl:if test="string($f/status)">
      <xsl:if test="$f/mine = '1' or string($f/kind)">, </xsl:if>
      <xsl:value-of select="$t[@k = concat('partner.report_status.', $f/status)]"/>
    </xsl:if>
    <xsl:if test="string($f/client)">
      <xsl:if test="$f/mine = '1' or string($f/kind) or string($f/status)">, </xsl:if>
      <xsl:value-of select="$t[@k='partner.col.client']"/> « <xsl:value-of select="$f/client"/> »</xsl:if>
    <xsl:if test="string($f/from) or string($f/to)">
      <xsl:if test="$f/mine = '1' or string($f/kind) or string($f/status) or string($f/client)">, </xsl:if>
      <xsl:call-template name="p-date"><xsl:with-param name="value" select="$f/from"/><xsl:with-param name="empty" select="'partner.reports.any_date'"/></xsl:call-template>
      <xsl:text> – </xsl:text>
      <xsl:call-template name="p-date"><xsl:with-param name="value" select="$f/to"/><xsl:with-param name="empty" select="'partner.reports.any_date'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="option">
    <xsl:param name="code"/>
    <xsl:param name="prefix"/>
    <xsl:param name="current"/>
    <option value="{$code}">
      <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$t[@k = concat($prefix, $code)]"/>
    </option>
  </xsl:template>

  <xsl:template match="filters">
    <xsl:variable name="f" select="."/>
    <form method="get" action="/reports" class="form filters" role="search" aria-labelledby="filters-title">
      <h2 id="filters-title"><xsl:value-of select="$t[@k='partner.filters']"/></h2>
      <xsl:if test="@agency = '1'">
        <div class="field">
          <label class="field-label" for="field-mine"><xsl:value-of select="$t[@k='partner.reports.for']"/></label>
          <select class="input" id="field-mine" name="mine">
            <option value="1"><xsl:value-of select="$t[@k='partner.reports.mine']"/></option>
            <option value="0">
              <xsl:if test="$f/mine = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="$t[@k='partner.reports.all']"/>
            </option>
          </select>
        </div>
      </xsl:if>
      <div class="field">
        <label class="field-label" for="field-kind"><xsl:value-of select="$t[@k='partner.reports.kind']"/></label>
        <xsl:if test="/page/errors/error[@field = 'kind']">
          <p class="field-error" id="field-kind-error"><xsl:value-of select="$t[@k = /page/errors/error[@field = 'kind'][1]/@key]"/></p>
        </xsl:if>
        <select class="input" id="field-kind" name="kind">
          <option value=""><xsl:value-of select="$t[@k='partner.any']"/></option>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'incident'"/><xsl:with-param name="prefix" select="'partner.kind.'"/><xsl:with-param name="current" select="string($f/kind)"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'observation'"/><xsl:with-param name="prefix" select="'partner.kind.'"/><xsl:with-param name="current" select="string($f/kind)"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'change'"/><xsl:with-param name="prefix" select="'partner.kind.'"/><xsl:with-param name="current" select="string($f/kind)"/></xsl:call-template>
        </select>
      </div>
      <div class="field">
        <label class="field-label" for="field-status"><xsl:value-of select="$t[@k='partner.report.status']"/></label>
        <xsl:if test="/page/errors/error[@field = 'status']">
          <p class="field-error" id="field-status-error"><xsl:value-of select="$t[@k = /page/errors/error[@field = 'status'][1]/@key]"/></p>
        </xsl:if>
        <select class="input" id="field-status" name="status">
          <option value=""><xsl:value-of select="$t[@k='partner.any']"/></option>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'submitted'"/><xsl:with-param name="prefix" select="'partner.report_status.'"/><xsl:with-param name="current" select="string($f/status)"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'acknowledged'"/><xsl:with-param name="prefix" select="'partner.report_status.'"/><xsl:with-param name="current" select="string($f/status)"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'approved'"/><xsl:with-param name="prefix" select="'partner.report_status.'"/><xsl:with-param name="current" select="string($f/status)"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="code" select="'declined'"/><xsl:with-param name="prefix" select="'partner.report_status.'"/><xsl:with-param name="current" select="string($f/status)"/></xsl:call-template>
        </select>
      </div>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'client'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'partner.col.client'"/>
        <xsl:with-param name="value" select="$f/client"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.reports.from'"/>
        <xsl:with-param name="value" select="$f/from"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.reports.to'"/>
        <xsl:with-param name="value" select="$f/to"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='users.apply']"/></button>
        <xsl:text> </xsl:text>
        <a href="/reports"><xsl:value-of select="$t[@k='users.clear']"/></a>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="reports">
    <xsl:variable name="l" select="../list"/>
    <section class="table-wrap" aria-labelledby="reports-caption" tabindex="0">
      <table class="table">
        <caption id="reports-caption"><xsl:value-of select="$t[@k='partner.reports.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='partner.reports.kind']"/></th>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'partner.report.sent'"/>
              <xsl:with-param name="key">sent</xsl:with-param>
              <xsl:with-param name="current" select="'sent'"/>
              <xsl:with-param name="dir" select="string($l/@dir)"/>
              <xsl:with-param name="query" select="string($l/@keep)"/>
            </xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='partner.col.number']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.col.client']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.reports.by']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.request.lead']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='partner.report.status']"/></th>
            <xsl:if test="../filters/@agency = '1'">
              <th scope="col"><xsl:value-of select="$t[@k='partner.col.provider']"/></th>
            </xsl:if>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="report">
            <tr>
              <td>
                <a href="/report?id={id}">
                  <xsl:value-of select="$t[@k = concat('partner.kind.', current()/kind)]"/>
                  <xsl:if test="string(change_kind)"> – <xsl:value-of select="$t[@k = concat('partner.change.', current()/change_kind)]"/></xsl:if>
                </a>
              </td>
              <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="reported_at"/></xsl:call-template></td>
              <td><a href="/request?id={request_id}"><xsl:call-template name="p-number"><xsl:with-param name="n" select="request_id"/></xsl:call-template></a></td>
              <td><xsl:value-of select="client"/></td>
              <td><xsl:value-of select="reported_by"/></td>
              <td><xsl:value-of select="lead"/></td>
              <td><xsl:value-of select="$t[@k = concat('partner.report_status.', current()/status)]"/></td>
              <xsl:if test="../../filters/@agency = '1'"><td><xsl:value-of select="provider"/></td></xsl:if>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>

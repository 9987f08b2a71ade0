<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_follow.xsl: the follow-up screen ("Suivi") of an establishment.
  <content>
    <day date="2026-11-24" local=".." dow="2" today="0|1" prev=".." next=".."/>
    <services><service><id/><name/></service>…</services>
    <filter establishment="0|1"><service/></filter>
    <appointments><appointment><id/><version/><state>booked|cancelled|present</state>
      <starts_at local=".." dow=".."/><confirmed_at/><present_at local=".."/>
      <service_id/><service/><patient_id/><given_name/><family_name/>
      <birth_date/><relation/><holder/>
      <identity>none|not_validated|validated</identity>
      <association>none|not_validated|validated</association></appointment>…</appointments>
  </content>
  "Present" POSTs to /establishment/checkin (action=present, mode=flow).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_follow.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="d" select="day"/>
    <xsl:variable name="sv" select="string(filter/service)"/>
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <xsl:if test="filter/@establishment != '1'">
      <p class="notice"><xsl:value-of select="$t[@k='citizen_follow.not_establishment']"/></p>
    </xsl:if>
    <h2>
      <xsl:call-template name="citizen-date">
        <xsl:with-param name="value" select="string($d/@date)"/>
        <xsl:with-param name="dow" select="string($d/@dow)"/>
      </xsl:call-template>
      <xsl:if test="$d/@today = '1'"><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.today']"/></xsl:if>
    </h2>
    <nav class="cz-week-nav" aria-label="{$t[@k='citizen_follow.days']}">
      <ul>
        <li><a href="/establishment/follow?date={$d/@prev}&amp;service={$sv}"><xsl:value-of select="$t[@k='citizen_follow.previous_day']"/></a></li>
        <xsl:if test="$d/@today != '1'"><li><a href="/establishment/follow?service={$sv}"><xsl:value-of select="$t[@k='citizen_follow.to_today']"/></a></li></xsl:if>
        <li><a href="/establishment/follow?date={$d/@next}&amp;service={$sv}"><xsl:value-of select="$t[@k='citizen_follow.next_day']"/></a></li>
      </ul>
    </nav>
    <form method="get" action="/establishment/follow" class="form filters" role="search" aria-labelledby="follow-filter">
      <h2 id="follow-filter" class="visually-hidden"><xsl:value-of select="$t[@k='citizen_follow.filter']"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'date'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'citizen_follow.date'"/>
        <xsl:with-param name="value" select="string($d/@date)"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div class="field">
        <label class="field-label" for="field-service"><xsl:value-of select="$t[@k='citizen_follow.service']"/></label>
        <select class="input" id="field-service" name="service">
          <option value=""><xsl:value-of select="$t[@k='citizen_follow.all_services']"/></option>
          <xsl:for-each select="services/service">
            <option value="{id}">
              <xsl:if test="string(id) = $sv"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="name"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_follow.show']"/></button>
      </div>
    </form>
    <p class="list-status">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'citizen_follow.count'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(count(appointments/appointment))"/>
      </xsl:call-template>
    </p>
    <xsl:choose>
      <xsl:when test="appointments/appointment">
        <div class="table-wrap">
          <table class="table cz-follow">
            <caption id="follow-caption"><xsl:value-of select="$t[@k='citizen_follow.caption']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_follow.col.time']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_follow.col.patient']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_follow.col.service']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_follow.col.validation']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_follow.col.presence']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="appointments/appointment"/>
            </tbody>
          </table>
        </div>
        <xsl:call-template name="legend"/>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_follow.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="appointment">
    <xsl:variable name="name" select="concat(given_name, ' ', family_name)"/>
    <tr id="a{id}">
      <xsl:if test="state = 'cancelled'"><xsl:attribute name="class">cz-cancelled</xsl:attribute></xsl:if>
      <th scope="row" class="cz-time-cell"><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="starts_at"/><xsl:with-param name="what" select="'time'"/></xsl:call-template></th>
      <td>
        <xsl:value-of select="$name"/>
        <br/>
        <span class="form-note">
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="birth_date"/><xsl:with-param name="format" select="'date'"/></xsl:call-template>
          <xsl:if test="string(holder) and relation != 'self'">
            <br/>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'citizen_follow.account_of'"/>
              <xsl:with-param name="name" select="'name'"/>
              <xsl:with-param name="with" select="string(holder)"/>
            </xsl:call-template>
          </xsl:if>
        </span>
      </td>
      <td><xsl:value-of select="service"/></td>
      <td class="cz-validation">
        <xsl:choose>
          <xsl:when test="identity != 'none' and state != 'cancelled'">
            <a class="cz-status-link" href="/establishment/checkin?appointment={id}&amp;mode=identity">
              <xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="string(identity)"/></xsl:call-template>
              <span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.open_identity']"/><xsl:text> </xsl:text><xsl:value-of select="holder"/></span>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="string(identity)"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="association != 'none'">
          <br/>
          <xsl:choose>
            <xsl:when test="state != 'cancelled'">
              <a class="cz-status-link" href="/establishment/checkin?appointment={id}&amp;mode=association">
                <xsl:call-template name="citizen-association"><xsl:with-param name="state" select="string(association)"/></xsl:call-template>
                <span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.open_association']"/><xsl:text> </xsl:text><xsl:value-of select="$name"/></span>
              </a>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="citizen-association"><xsl:with-param name="state" select="string(association)"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="state = 'present'">
            <span class="cz-present">
              <xsl:value-of select="$t[@k='citizen_follow.present_at']"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="present_at"/><xsl:with-param name="what" select="'time'"/></xsl:call-template>
            </span>
            <xsl:if test="identity = 'not_validated' or association = 'not_validated'">
              <br/><a href="/establishment/checkin?appointment={id}"><xsl:value-of select="$t[@k='citizen_follow.continue']"/></a>
            </xsl:if>
          </xsl:when>
          <xsl:when test="state = 'cancelled'"><xsl:value-of select="$t[@k='citizen.state.cancelled']"/></xsl:when>
          <xsl:otherwise>
            <form method="post" action="/establishment/checkin" class="cz-inline-form">
              <xsl:call-template name="hidden-csrf"/>
              <input type="hidden" name="action" value="present"/>
              <input type="hidden" name="mode" value="flow"/>
              <input type="hidden" name="appointment" value="{id}"/>
              <input type="hidden" name="version" value="{version}"/>
              <button type="submit" class="button button-small">
                <xsl:value-of select="$t[@k='citizen_follow.mark_present']"/>
                <span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="$name"/></span>
              </button>
            </form>
            <xsl:if test="string(confirmed_at)">
              <br/><span class="form-note"><xsl:value-of select="$t[@k='citizen_follow.confirmed_ahead']"/></span>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <!-- What the icons say, as the guide's summary table. -->
  <xsl:template name="legend">
    <details class="cz-legend">
      <summary><xsl:value-of select="$t[@k='citizen_follow.legend']"/></summary>
      <ul>
        <li><xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="'not_validated'"/></xsl:call-template><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.legend_identity_red']"/></li>
        <li><xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="'validated'"/></xsl:call-template><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.legend_identity_green']"/></li>
        <li><xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="'none'"/></xsl:call-template><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.legend_identity_grey']"/></li>
        <li><xsl:call-template name="citizen-association"><xsl:with-param name="state" select="'not_validated'"/></xsl:call-template><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.legend_association_red']"/></li>
        <li><xsl:call-template name="citizen-association"><xsl:with-param name="state" select="'validated'"/></xsl:call-template><xsl:text> – </xsl:text><xsl:value-of select="$t[@k='citizen_follow.legend_association_green']"/></li>
        <li><xsl:value-of select="$t[@k='citizen_follow.legend_present']"/></li>
      </ul>
    </details>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_appointments.xsl: the account's appointments, and one of them.
  <content><upcoming><appointment><id/><state/><starts_at local=".." dow=".."/>
    <confirmed_at/><cancelled_by/><past/><given_name/><family_name/><relation/>
    <establishment/><service/></appointment>…</upcoming>
    <history>…the same…</history><list><count/><page/><pages/></list></content>
  <content><appointment changeable="0|1" past="0|1">…see appt.c…</appointment></content>
  POST /citizen/appointments: csrf, action=confirm|cancel, id, version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>
  <xsl:include href="citizen_appt.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/appointment">citizen_appointments.one_title</xsl:when>
      <xsl:otherwise>citizen_appointments.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[appointment]">
    <p><a href="/citizen/appointments"><xsl:value-of select="$t[@k='citizen_appointments.back']"/></a></p>
    <xsl:call-template name="appt-detail">
      <xsl:with-param name="a" select="appointment"/>
      <xsl:with-param name="action" select="'/citizen/appointments'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="content">
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <p><a class="button" href="/citizen/search"><xsl:value-of select="$t[@k='citizen_appointments.book']"/></a></p>
    <h2 id="upcoming-title"><xsl:value-of select="$t[@k='citizen_appointments.upcoming']"/></h2>
    <xsl:choose>
      <xsl:when test="upcoming/appointment">
        <xsl:call-template name="table">
          <xsl:with-param name="rows" select="upcoming/appointment"/>
          <xsl:with-param name="caption" select="'citizen_appointments.upcoming'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_appointments.none_upcoming']"/></p></xsl:otherwise>
    </xsl:choose>
    <h2><xsl:value-of select="$t[@k='citizen_appointments.past']"/></h2>
    <xsl:choose>
      <xsl:when test="history/appointment">
        <xsl:call-template name="table">
          <xsl:with-param name="rows" select="history/appointment"/>
          <xsl:with-param name="caption" select="'citizen_appointments.past'"/>
        </xsl:call-template>
        <xsl:if test="number(list/pages) &gt; 1">
          <nav class="paging" aria-label="{$t[@k='citizen_appointments.pages']}">
            <ul>
              <xsl:if test="number(list/page) &gt; 1">
                <li><a href="/citizen/appointments?page={number(list/page) - 1}"><xsl:value-of select="$t[@k='citizen_appointments.previous']"/></a></li>
              </xsl:if>
              <li><xsl:value-of select="concat(list/page, ' / ', list/pages)"/></li>
              <xsl:if test="number(list/page) &lt; number(list/pages)">
                <li><a href="/citizen/appointments?page={number(list/page) + 1}"><xsl:value-of select="$t[@k='citizen_appointments.next']"/></a></li>
              </xsl:if>
            </ul>
          </nav>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_appointments.none_past']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden"><xsl:value-of select="$t[@k = $caption]"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_appointments.col.when']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_appointments.col.who']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_appointments.col.service']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_appointments.col.state']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr>
              <th scope="row">
                <a href="/citizen/appointments?id={id}"><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="starts_at"/></xsl:call-template></a>
              </th>
              <td><xsl:value-of select="concat(given_name, ' ', family_name)"/></td>
              <td><xsl:value-of select="concat(service, ' – ', establishment)"/></td>
              <td><xsl:call-template name="citizen-state"><xsl:with-param name="a" select="."/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_slots.xsl: a service's free times, a week at a time.
  <content>
    <service><id/><duration_minutes/><code/><name/><org_id/><establishment/>
      <address_line/><city/><postal_code/><phone/><cutoff_hours/></service>
    <week><day date="2026-11-24" local=".." dow="2"><slot><id/>
      <starts_at local=".." dow=".."/><places/></slot>…</day>…</week>
    <next_free date="2026-12-03" local=".." dow=".."/>   (the first free time after the week)
    <nav from="…" next="…" prev="…"/>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_slots.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="s" select="service"/>
    <xsl:variable name="base" select="concat('/citizen/slots?service=', $s/id)"/>
    <p><a href="/citizen/search"><xsl:value-of select="$t[@k='citizen_slots.back']"/></a></p>
    <h2><xsl:value-of select="concat($s/name, ' – ', $s/establishment)"/></h2>
    <p>
      <xsl:value-of select="concat($s/address_line, ', ', $s/city, ' ', $s/postal_code)"/>
      <br/>
      <xsl:value-of select="$t[@k='citizen_slots.phone']"/><xsl:text> </xsl:text><xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($s/phone)"/></xsl:call-template>
    </p>
    <p class="form-note">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'citizen_slots.duration'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string($s/duration_minutes)"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'citizen_slots.cutoff'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string($s/cutoff_hours)"/>
      </xsl:call-template>
    </p>
    <nav class="cz-week-nav" aria-label="{$t[@k='citizen_slots.weeks']}">
      <ul>
        <xsl:if test="string(nav/@prev)">
          <li><a href="{$base}&amp;from={nav/@prev}"><xsl:value-of select="$t[@k='citizen_slots.previous_week']"/></a></li>
        </xsl:if>
        <li><a href="{$base}&amp;from={nav/@next}"><xsl:value-of select="$t[@k='citizen_slots.next_week']"/></a></li>
      </ul>
    </nav>
    <xsl:choose>
      <xsl:when test="week/day/slot">
        <xsl:for-each select="week/day[slot]">
          <h3>
            <xsl:call-template name="citizen-date">
              <xsl:with-param name="value" select="string(@date)"/>
              <xsl:with-param name="dow" select="string(@dow)"/>
            </xsl:call-template>
          </h3>
          <ul class="cz-times">
            <xsl:for-each select="slot">
              <li>
                <a class="button button-secondary cz-time" href="/citizen/book?slot={id}">
                  <xsl:call-template name="citizen-when">
                    <xsl:with-param name="at" select="starts_at"/>
                    <xsl:with-param name="what" select="'time'"/>
                  </xsl:call-template>
                  <span class="visually-hidden">
                    <xsl:text>, </xsl:text>
                    <xsl:call-template name="citizen-date">
                      <xsl:with-param name="value" select="string(../@date)"/>
                      <xsl:with-param name="dow" select="string(../@dow)"/>
                    </xsl:call-template>
                    <xsl:text>, </xsl:text>
                    <xsl:call-template name="msg">
                      <xsl:with-param name="key" select="'citizen_slots.places'"/>
                      <xsl:with-param name="name" select="'n'"/>
                      <xsl:with-param name="with" select="string(places)"/>
                    </xsl:call-template>
                  </span>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='citizen_slots.none_this_week']"/></p>
        <xsl:choose>
          <xsl:when test="next_free">
            <p>
              <a href="{$base}&amp;from={next_free/@date}">
                <xsl:value-of select="$t[@k='citizen_slots.next_free']"/>
                <xsl:text> </xsl:text>
                <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="next_free"/></xsl:call-template>
              </a>
            </p>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_slots.none_at_all']"/></p></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

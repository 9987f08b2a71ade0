<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_search.xsl: services and establishments near a postal code.
  <content>
    <types><type><code/><name/></type>…</types>
    <search><postal_code/><service/></search>
    <area known="0|1" prefix="E1C" place="Moncton"/>          (after a search)
    <results><establishment><id/><name/><address_line/><city/><postal_code/>
      <phone/><distance_km/><services><service><id/><code/><name/>
      <duration_minutes/><next_free local=".." dow=".."/></service>…</services>
      </establishment>…</results>
    <list><count/><page/><pages/></list>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_search.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="s" select="search"/>
    <xsl:if test="/page/user"><p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p></xsl:if>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_search.intro']"/></p>
    <form method="get" action="/citizen/search" class="form form-narrow" role="search" aria-labelledby="search-title">
      <h2 id="search-title"><xsl:value-of select="$t[@k='citizen_search.form_title']"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_code'"/>
        <xsl:with-param name="label" select="'citizen_search.postal_code'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($s/postal_code)"/>
        <xsl:with-param name="help" select="'citizen_search.postal_code_help'"/>
        <xsl:with-param name="autocomplete" select="'postal-code'"/>
        <xsl:with-param name="maxlength" select="'7'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:variable name="error" select="string(/page/errors/error[@field = 'service'][1]/@key)"/>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-service"><xsl:value-of select="$t[@k='citizen_search.service']"/></label>
        <xsl:if test="$error">
          <p class="field-error" id="field-service-error"><xsl:value-of select="$t[@k = $error]"/></p>
        </xsl:if>
        <select class="input" id="field-service" name="service">
          <option value=""><xsl:value-of select="$t[@k='citizen_search.any_service']"/></option>
          <xsl:for-each select="types/type">
            <option value="{code}">
              <xsl:if test="code = string($s/service)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="name"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_search.submit']"/></button>
      </div>
    </form>
    <xsl:apply-templates select="results"/>
    <xsl:if test="not(/page/user)">
      <p class="form-note">
        <xsl:value-of select="$t[@k='citizen_search.account_note']"/>
        <xsl:text> </xsl:text>
        <a href="/citizen/signup"><xsl:value-of select="$t[@k='citizen_search.signup_link']"/></a>
        <xsl:text> · </xsl:text>
        <a href="/login?next=%2Fcitizen%2Fsearch"><xsl:value-of select="$t[@k='citizen_search.login_link']"/></a>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="results">
    <xsl:variable name="area" select="../area"/>
    <h2 id="results-title"><xsl:value-of select="$t[@k='citizen_search.results']"/></h2>
    <p class="list-status" role="status">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'citizen_search.count'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(../list/count)"/>
      </xsl:call-template>
      <xsl:text> • </xsl:text>
      <xsl:choose>
        <xsl:when test="$area/@known = '1'">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'citizen_search.sorted_near'"/>
            <xsl:with-param name="name" select="'place'"/>
            <xsl:with-param name="with" select="concat($area/@place, ' (', $area/@prefix, ')')"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k='citizen_search.area_unknown']"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:choose>
      <xsl:when test="establishment">
        <ul class="cz-results" aria-labelledby="results-title">
          <xsl:for-each select="establishment">
            <li class="cz-result">
              <h3 class="cz-result-title"><xsl:value-of select="name"/></h3>
              <p>
                <xsl:value-of select="concat(address_line, ', ', city, ' ', postal_code)"/>
                <xsl:if test="string(distance_km)">
                  <xsl:text> – </xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'citizen_search.distance'"/>
                    <xsl:with-param name="name" select="'km'"/>
                    <xsl:with-param name="with" select="string(distance_km)"/>
                  </xsl:call-template>
                </xsl:if>
              </p>
              <ul class="cz-services">
                <xsl:for-each select="services/service">
                  <li>
                    <a href="/citizen/slots?service={id}"><xsl:value-of select="name"/><span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="../../name"/></span></a>
                    <xsl:text> – </xsl:text>
                    <xsl:choose>
                      <xsl:when test="next_free">
                        <xsl:value-of select="$t[@k='citizen_search.next_free']"/>
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="next_free"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="$t[@k='citizen_search.no_free']"/></xsl:otherwise>
                    </xsl:choose>
                  </li>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each>
        </ul>
        <xsl:call-template name="search-paging"/>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_search.none']"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="search-paging">
    <xsl:variable name="l" select="../list"/>
    <xsl:variable name="q" select="concat('/citizen/search?postal_code=', translate(../search/postal_code, ' ', '+'), '&amp;service=', ../search/service)"/>
    <xsl:if test="number($l/pages) &gt; 1">
      <nav class="paging" aria-label="{$t[@k='citizen_search.pages']}">
        <ul>
          <xsl:if test="number($l/page) &gt; 1">
            <li><a href="{$q}&amp;page={number($l/page) - 1}"><xsl:value-of select="$t[@k='citizen_search.previous']"/></a></li>
          </xsl:if>
          <li>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'citizen_search.page_of'"/>
              <xsl:with-param name="name" select="'n'"/>
              <xsl:with-param name="with" select="concat($l/page, ' / ', $l/pages)"/>
            </xsl:call-template>
          </li>
          <xsl:if test="number($l/page) &lt; number($l/pages)">
            <li><a href="{$q}&amp;page={number($l/page) + 1}"><xsl:value-of select="$t[@k='citizen_search.next']"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  client.xsl: the overview tab of a client's profile.
  <content>
    <client id=".." tab="overview" active="0|1">…</client>   (client-parts.xsl)
    <details><file_number/><given_name/><family_name/><birth_date/><lang/>
      <email/><phone/><address_line/><city/><province/><postal_code/>
      <active/><created_at/></details>
    <portal state="none|access">
      <login><id/><email/><active/><activated_at/><last_login_at/>
        <invited_at/><never/></login>                (when the client has one)
      <access><id/><version/><role/><granted_at/></access>   (state access)
    </portal>
  </content>
  The family portal buttons show only to holders of
  workflow.family_portal.manage; the access screen checks it again.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:template name="title">client.title</xsl:template>

  <xsl:template match="content">
    <p><a href="/clients"><xsl:value-of select="$t[@k='client.back']"/></a></p>
    <xsl:call-template name="client-header"/>
    <xsl:apply-templates select="details"/>
    <xsl:apply-templates select="portal"/>
  </xsl:template>

  <xsl:template match="details">
    <h2><xsl:value-of select="$t[@k='client.details']"/></h2>
    <dl class="summary-list">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'client_demographics.file_number'"/>
        <xsl:with-param name="value" select="file_number"/>
      </xsl:call-template>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='client_demographics.birth_date']"/></dt>
        <dd>
          <xsl:call-template name="datetime">
            <xsl:with-param name="value" select="birth_date"/>
            <xsl:with-param name="format" select="'date'"/>
          </xsl:call-template>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='client_demographics.lang']"/></dt>
        <dd><xsl:value-of select="$t[@k = concat('lang.name.', current()/lang)]"/></dd>
      </div>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'client_demographics.email'"/>
        <xsl:with-param name="value" select="email"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'client_demographics.phone'"/>
        <xsl:with-param name="value" select="phone"/>
      </xsl:call-template>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='client.address']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="string(address_line) or string(city)">
              <xsl:value-of select="address_line"/>
              <xsl:if test="string(address_line) and string(city)"><br/></xsl:if>
              <xsl:value-of select="city"/>
              <xsl:if test="string(province)"><xsl:value-of select="concat(' (', province, ')')"/></xsl:if>
              <xsl:if test="string(postal_code)"><xsl:value-of select="concat('  ', postal_code)"/></xsl:if>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='client.none']"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </dl>
  </xsl:template>

  <!-- A row of the summary list; an empty value reads "None given". -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <div class="summary-row">
      <dt><xsl:value-of select="$t[@k = $label]"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="string($value)"><xsl:value-of select="$value"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k='client.none']"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </xsl:template>

  <xsl:template match="portal">
    <xsl:variable name="manage" select="/page/perms/p = 'workflow.family_portal.manage'"/>
    <xsl:variable name="id" select="/page/content/client/@id"/>
    <section class="panel" aria-labelledby="portal-title">
      <h2 id="portal-title"><xsl:value-of select="$t[@k='client.portal']"/></h2>
      <xsl:choose>
        <xsl:when test="@state = 'access'">
          <dl class="summary-list">
            <div class="summary-row">
              <dt><xsl:value-of select="$t[@k='client_access.role']"/></dt>
              <dd><xsl:value-of select="access/role"/></dd>
            </div>
            <div class="summary-row">
              <dt><xsl:value-of select="$t[@k='client_access.login_email']"/></dt>
              <dd class="cell-wrap"><xsl:value-of select="login/email"/></dd>
            </div>
            <div class="summary-row">
              <dt><xsl:value-of select="$t[@k='client_access.state']"/></dt>
              <dd id="portal-state"><xsl:call-template name="login-state"><xsl:with-param name="login" select="login"/></xsl:call-template></dd>
            </div>
          </dl>
          <xsl:if test="$manage">
            <div class="button-row">
              <a class="button" href="/client/access?client={$id}"><xsl:value-of select="$t[@k='client_access.manage']"/></a>
              <xsl:if test="login/never = '1'">
                <xsl:call-template name="resend-button">
                  <xsl:with-param name="client" select="$id"/>
                  <xsl:with-param name="from" select="'overview'"/>
                  <xsl:with-param name="label-id" select="'portal-state'"/>
                </xsl:call-template>
              </xsl:if>
            </div>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t[@k='client.portal_none']"/></p>
          <xsl:if test="$manage and /page/content/client/@active = '1'">
            <p><a class="button" href="/client/access?client={$id}"><xsl:value-of select="$t[@k='client_access.manage']"/></a></p>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>

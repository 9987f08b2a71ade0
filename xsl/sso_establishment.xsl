<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_establishment.xsl: step 3 of "Configure a new certificate": the
  billing establishments linked to it, with the responsible person's
  national number checked or entered for each.
  <content>
    <wizard draft current="3" done/>
    <certificate id state="draft">…</certificate>
    <owner_niss/>
    <establishments><establishment chosen="0|1"><id/><name/><tp_number/><niss/></establishment>…</establishments>
    <new><name/><tp_number/><niss/></new>
  </content>
  POST /sso/certificate/establishment: csrf, draft, billing[], niss_{id}
  for each, and new_name, new_tp, new_niss for one more.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso_establishment.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="billing-error" select="string(/page/errors/error[@field = 'billing'][1]/@key)"/>
    <xsl:call-template name="sso-steps"/>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.name']"/></dt>
        <dd><xsl:value-of select="certificate/name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.quality']"/></dt>
        <dd><xsl:call-template name="sso-quality"><xsl:with-param name="code" select="certificate/quality"/></xsl:call-template></dd>
      </div>
    </dl>
    <form method="post" action="/sso/certificate/establishment" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="draft" value="{wizard/@draft}"/>
      <p class="lead"><xsl:value-of select="$t[@k='sso_establishment.intro']"/></p>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$billing-error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label"><xsl:value-of select="$t[@k='sso_establishment.legend']"/></legend>
        <xsl:if test="$billing-error">
          <p class="field-error" id="field-billing-error"><xsl:value-of select="$t[@k = $billing-error]"/></p>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="establishments/establishment">
            <div class="table-wrap">
              <table class="table">
                <caption class="visually-hidden"><xsl:value-of select="$t[@k='sso_establishment.caption']"/></caption>
                <thead>
                  <tr>
                    <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.use']"/></th>
                    <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.name']"/></th>
                    <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.tp']"/></th>
                    <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.niss']"/></th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:for-each select="establishments/establishment">
                    <xsl:variable name="box">
                      <xsl:choose>
                        <xsl:when test="position() = 1">field-billing</xsl:when>
                        <xsl:otherwise><xsl:value-of select="concat('field-billing-', id)"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:variable>
                    <xsl:variable name="field" select="concat('niss_', id)"/>
                    <xsl:variable name="error" select="string(/page/errors/error[@field = $field][1]/@key)"/>
                    <tr>
                      <td>
                        <input type="checkbox" id="{$box}" name="billing[]" value="{id}">
                          <xsl:if test="@chosen = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                        </input>
                        <label for="{$box}" class="visually-hidden">
                          <xsl:call-template name="msg">
                            <xsl:with-param name="key" select="'sso_establishment.use'"/>
                            <xsl:with-param name="name" select="'name'"/>
                            <xsl:with-param name="with" select="string(name)"/>
                          </xsl:call-template>
                        </label>
                      </td>
                      <td><xsl:value-of select="name"/></td>
                      <td><xsl:value-of select="tp_number"/></td>
                      <td>
                        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
                        <label for="field-{$field}" class="visually-hidden">
                          <xsl:call-template name="msg">
                            <xsl:with-param name="key" select="'sso_establishment.niss_for'"/>
                            <xsl:with-param name="name" select="'name'"/>
                            <xsl:with-param name="with" select="string(name)"/>
                          </xsl:call-template>
                        </label>
                        <xsl:if test="$error">
                          <p class="field-error" id="field-{$field}-error"><xsl:value-of select="$t[@k = $error]"/></p>
                        </xsl:if>
                        <input class="input input-medium" id="field-{$field}" name="{$field}" type="text" maxlength="20" autocomplete="off">
                          <xsl:if test="string(niss)">
                            <xsl:attribute name="value"><xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template></xsl:attribute>
                          </xsl:if>
                          <xsl:if test="$error">
                            <xsl:attribute name="aria-invalid">true</xsl:attribute>
                            <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('field-', $field, '-error')"/></xsl:attribute>
                          </xsl:if>
                        </input>
                      </td>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <p id="field-billing"><xsl:value-of select="$t[@k='sso_establishment.none']"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </fieldset>
      <fieldset class="field">
        <legend class="field-label"><xsl:value-of select="$t[@k='sso_establishment.new']"/></legend>
        <p class="field-help"><xsl:value-of select="$t[@k='sso_establishment.new_help']"/></p>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'new_name'"/>
          <xsl:with-param name="label" select="'sso_establishment.new_name'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
          <xsl:with-param name="value" select="new/name"/>
          <xsl:with-param name="maxlength" select="'200'"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'new_tp'"/>
          <xsl:with-param name="label" select="'sso_establishment.new_tp'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
          <xsl:with-param name="value" select="new/tp_number"/>
          <xsl:with-param name="help" select="'sso_establishment.new_tp_help'"/>
          <xsl:with-param name="maxlength" select="'11'"/>
          <xsl:with-param name="width" select="'medium'"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'new_niss'"/>
          <xsl:with-param name="label" select="'sso_establishment.new_niss'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
          <xsl:with-param name="value" select="new/niss"/>
          <xsl:with-param name="help" select="'sso_establishment.new_niss_help'"/>
          <xsl:with-param name="maxlength" select="'20'"/>
          <xsl:with-param name="width" select="'medium'"/>
        </xsl:call-template>
      </fieldset>
      <div class="form-actions">
        <a class="button button-secondary" href="/sso/certificate/users?draft={wizard/@draft}"><xsl:value-of select="$t[@k='sso.previous']"/></a>
        <xsl:text> </xsl:text>
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso.next']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>

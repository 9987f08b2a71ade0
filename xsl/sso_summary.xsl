<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_summary.xsl: step 4 of "Configure a new certificate": the summary,
  then Finish (or throw the set-up away).
  <content>
    <wizard draft current="4" done/>
    <certificate id state="draft">…details…
      <users><user responsible allowed><id/><name/><niss/></user>…</users>
      <establishments><establishment><name/><tp_number/><niss/></establishment>…</establishments>
    </certificate>
  </content>
  POST /sso/certificate/summary: csrf, draft, action=finish|cancel.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso_summary.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="c" select="certificate"/>
    <xsl:call-template name="sso-steps"/>
    <h2><xsl:value-of select="$t[@k='sso_summary.heading']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.name']"/></dt>
        <dd><xsl:value-of select="$c/name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.quality']"/></dt>
        <dd><xsl:call-template name="sso-quality"><xsl:with-param name="code" select="$c/quality"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.valid_until']"/></dt>
        <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$c/not_after"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso_summary.users_count']"/></dt>
        <dd><xsl:value-of select="count($c/users/user[@allowed = '1'])"/></dd>
      </div>
    </dl>
    <h3><xsl:value-of select="$t[@k='sso.certs.users']"/></h3>
    <xsl:call-template name="sso-users-list"><xsl:with-param name="users" select="$c/users"/></xsl:call-template>
    <h3><xsl:value-of select="$t[@k='sso.certs.establishments']"/></h3>
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden"><xsl:value-of select="$t[@k='sso_establishment.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.name']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.tp']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='sso_establishment.col.niss']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$c/establishments/establishment">
            <tr>
              <td><xsl:value-of select="name"/></td>
              <td><xsl:value-of select="tp_number"/></td>
              <td><xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
    <p><xsl:value-of select="$t[@k='sso_summary.finish_help']"/></p>
    <form method="post" action="/sso/certificate/summary" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="draft" value="{wizard/@draft}"/>
      <input type="hidden" name="action" value="finish"/>
      <div class="form-actions">
        <a class="button button-secondary" href="/sso/certificate/establishment?draft={wizard/@draft}"><xsl:value-of select="$t[@k='sso.previous']"/></a>
        <xsl:text> </xsl:text>
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_summary.finish']"/></button>
      </div>
    </form>
    <form method="post" action="/sso/certificate/summary" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="draft" value="{wizard/@draft}"/>
      <input type="hidden" name="action" value="cancel"/>
      <p class="field-help" id="cancel-help"><xsl:value-of select="$t[@k='sso_summary.cancel_help']"/></p>
      <button type="submit" class="button button-secondary" aria-describedby="cancel-help"><xsl:value-of select="$t[@k='sso_summary.cancel']"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>

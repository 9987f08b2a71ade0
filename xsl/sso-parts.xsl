<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso-parts.xsl: what the screens of the secure space and its certificates
  share (included by sso*.xsl; niss.xsl comes with it).
    sso-certificate   the details of a <certificate> as a summary list
    sso-quality       the words of a quality code (group, person, organisation)
    sso-steps         the steps of the wizard, from <wizard current done>
    sso-users-field   the authorised users as a table of check boxes
    sso-users-list    the authorised users as a list (read only)
    sso-owner         "The responsible person of this certificate will be …"
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="niss.xsl"/>

  <xsl:template name="sso-quality">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'group'"><xsl:value-of select="$t[@k='sso.quality.group']"/></xsl:when>
      <xsl:when test="$code = 'person'"><xsl:value-of select="$t[@k='sso.quality.person']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='sso.quality.organisation']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The certificate's details (guide 004, "Statut du certificat"). -->
  <xsl:template name="sso-certificate">
    <xsl:param name="c" select="certificate"/>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.quality']"/></dt>
        <dd><xsl:call-template name="sso-quality"><xsl:with-param name="code" select="$c/quality"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.name']"/></dt>
        <dd><xsl:value-of select="$c/name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.sector']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="string($c/sector)"><xsl:value-of select="$c/sector"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='sso.cert.sector_none']"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.type']"/></dt>
        <dd><xsl:value-of select="$c/id_type"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.value']"/></dt>
        <dd><xsl:value-of select="$c/id_value"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.subject']"/></dt>
        <dd><xsl:value-of select="$c/subject"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.issuer']"/></dt>
        <dd><xsl:value-of select="$c/issuer"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.valid_from']"/></dt>
        <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$c/not_before"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.valid_until']"/></dt>
        <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$c/not_after"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.serial']"/></dt>
        <dd><code class="fingerprint"><xsl:value-of select="$c/serial"/></code></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.fingerprint']"/></dt>
        <dd><code class="fingerprint"><xsl:value-of select="$c/fingerprint"/></code></dd>
      </div>
    </dl>
  </xsl:template>

  <!-- The four steps; the current one is marked, done ones are links. -->
  <xsl:template name="sso-steps">
    <xsl:variable name="w" select="/page/content/wizard"/>
    <nav aria-label="{$t[@k='sso.steps.label']}">
      <ol class="steps">
        <xsl:call-template name="sso-step"><xsl:with-param name="n" select="1"/><xsl:with-param name="key" select="'sso.steps.verify'"/><xsl:with-param name="path" select="'/sso/certificate/new'"/></xsl:call-template>
        <xsl:call-template name="sso-step"><xsl:with-param name="n" select="2"/><xsl:with-param name="key" select="'sso.steps.users'"/><xsl:with-param name="path" select="'/sso/certificate/users'"/></xsl:call-template>
        <xsl:call-template name="sso-step"><xsl:with-param name="n" select="3"/><xsl:with-param name="key" select="'sso.steps.establishment'"/><xsl:with-param name="path" select="'/sso/certificate/establishment'"/></xsl:call-template>
        <xsl:call-template name="sso-step"><xsl:with-param name="n" select="4"/><xsl:with-param name="key" select="'sso.steps.summary'"/><xsl:with-param name="path" select="'/sso/certificate/summary'"/></xsl:call-template>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template name="sso-step">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <xsl:param name="path"/>
    <xsl:variable name="w" select="/page/content/wizard"/>
    <li>
      <xsl:choose>
        <xsl:when test="number($w/@current) = $n">
          <xsl:attribute name="aria-current">step</xsl:attribute>
          <xsl:value-of select="$t[@k = $key]"/>
        </xsl:when>
        <xsl:when test="$w/@draft != '0' and $n - 1 &lt;= number($w/@done)">
          <a href="{$path}?draft={$w/@draft}"><xsl:value-of select="$t[@k = $key]"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k = $key]"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!--
    The users as check boxes: the responsible person ticked and disabled
    (the server keeps them whatever is sent), the others as they are.
  -->
  <xsl:template name="sso-users-field">
    <xsl:param name="users" select="users"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'users'][1]/@key)"/>
    <fieldset>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <legend class="field-label"><xsl:value-of select="$t[@k='sso.users.legend']"/></legend>
      <p class="field-help" id="field-users-help"><xsl:value-of select="$t[@k='sso.users.help']"/></p>
      <xsl:if test="$error">
        <p class="field-error" id="field-users-error"><xsl:value-of select="$t[@k = $error]"/></p>
      </xsl:if>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden"><xsl:value-of select="$t[@k='sso.users.caption']"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t[@k='sso.users.col.allowed']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='sso.users.col.name']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='sso.users.col.niss']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$users/user">
              <xsl:variable name="id">
                <xsl:choose>
                  <xsl:when test="position() = 1">field-users</xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat('field-user-', id)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <tr>
                <td>
                  <input type="checkbox" id="{$id}" name="users[]" value="{id}">
                    <xsl:if test="@allowed = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                    <xsl:if test="@responsible = '1'">
                      <xsl:attribute name="disabled">disabled</xsl:attribute>
                      <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('responsible-', id)"/></xsl:attribute>
                    </xsl:if>
                  </input>
                  <label for="{$id}" class="visually-hidden">
                    <xsl:call-template name="msg">
                      <xsl:with-param name="key" select="'sso.users.allow'"/>
                      <xsl:with-param name="name" select="'name'"/>
                      <xsl:with-param name="with" select="string(name)"/>
                    </xsl:call-template>
                  </label>
                </td>
                <td>
                  <xsl:value-of select="name"/>
                  <xsl:if test="@responsible = '1'">
                    <xsl:text> </xsl:text>
                    <strong class="tag" id="responsible-{id}"><xsl:value-of select="$t[@k='sso.users.responsible']"/></strong>
                  </xsl:if>
                  <xsl:if test="id = /page/user/@id">
                    <xsl:text> </xsl:text>
                    <span class="tag"><xsl:value-of select="$t[@k='sso.users.you']"/></span>
                  </xsl:if>
                </td>
                <td><xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </fieldset>
  </xsl:template>

  <xsl:template name="sso-users-list">
    <xsl:param name="users" select="users"/>
    <ul class="list-bullet">
      <xsl:for-each select="$users/user[@allowed = '1']">
        <li>
          <xsl:value-of select="name"/>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template>
          <xsl:text>)</xsl:text>
          <xsl:if test="@responsible = '1'">
            <xsl:text> </xsl:text>
            <strong class="tag"><xsl:value-of select="$t[@k='sso.users.responsible']"/></strong>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="sso-owner">
    <xsl:variable name="o" select="/page/content/space/owner"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'sso.owner.will_be'"/>
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="with">
          <strong>
            <xsl:value-of select="$o/name"/>
            <xsl:text> (</xsl:text>
            <xsl:call-template name="niss"><xsl:with-param name="value" select="$o/niss"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </strong>
        </xsl:with-param>
      </xsl:call-template>
    </p>
  </xsl:template>

</xsl:stylesheet>
